using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Quality;

public sealed record WarningSignal(string Signal, double LastHour, double SevenDayAverage, bool Alert);

/// <summary>Handbook E2 and E3: the last hour against the 7-day average, and every safety or legal handoff.</summary>
public sealed record RiskAlerts(DateTimeOffset At, int LastHourConversations, IReadOnlyList<WarningSignal> Signals, IReadOnlyList<SafetyAlert> Safety)
{
    /// <summary>Orders or clients locked after too many wrong phone digits (someone may be guessing), newest first.</summary>
    public IReadOnlyList<GuessingAlert> Guessing { get; init; } = [];

    /// <summary>The language model unavailable for longer than the configured minutes (this instance's view); null when it answers.</summary>
    public ModelAlert? Model { get; init; }
}

/// <summary>A lock after repeated wrong phone digits: the subject is "order:N" or "client:…".</summary>
public sealed record GuessingAlert(DateTimeOffset At, string ConversationId, string Subject, int? OrderNo);

public sealed record SafetyAlert(DateTimeOffset At, string ConversationId, string? ShopperId, long? HandoffId, string Reason);

/// <summary>
/// E2: alert when the last hour's handoff rate or share of negative conversations is more than twice its 7-day average.
/// A negative conversation is one handed over as angry_or_complaint, with a complaint turn, or rated 1–2 stars.
/// An hour with fewer than <see cref="MinConversations"/> conversations never alerts: one angry shopper at 3 a.m. is not a trend.
/// </summary>
public static class EarlyWarning
{
    public const int MinConversations = 3;
    public const double Factor = 2.0;

    public static RiskAlerts Check(IReadOnlyList<ShopEvent> lastSevenDays, DateTimeOffset now) =>
        CheckParsed(lastSevenDays.Select(EventFacts.Parse).ToList(), now);

    /// <summary>The same check over events parsed already, in the order the log reads them back.</summary>
    public static RiskAlerts CheckParsed(IReadOnlyList<EventFacts> lastSevenDays, DateTimeOffset now)
    {
        var week = new DateRange(now.AddDays(-7), now);
        var hour = new DateRange(now.AddHours(-1), now);
        var weekFacts = ConversationFacts.GroupParsed(lastSevenDays, week).Values.Where(c => c.InRange).ToList();
        var hourFacts = weekFacts.Where(c => hour.Contains(c.StartedAt!.Value)).ToList();

        static double HandoffRate(List<ConversationFacts> cs) => Ratio.Of(cs.Count(c => c.HandedOff), cs.Count);
        static double NegativeShare(List<ConversationFacts> cs) => Ratio.Of(cs.Count(IsNegative), cs.Count);
        var enough = hourFacts.Count >= MinConversations;
        WarningSignal Signal(string name, Func<List<ConversationFacts>, double> measure)
        {
            var (last, average) = (measure(hourFacts), measure(weekFacts));
            return new WarningSignal(name, last, average, enough && last > 0 && last > Factor * average);
        }

        var safety = lastSevenDays.Where(e => e.Kind == ShopEventKinds.Handoff)
            .Where(h => HandoffReasons.IsSafetyOrLegal(h.Reason))
            .OrderByDescending(h => h.At)
            // Repeated reports from one conversation are one alert (the newest), so that a flood is not ten alarms.
            .GroupBy(h => h.ConversationId).Select(g => g.First())
            .Select(h => new SafetyAlert(h.At, h.ConversationId, h.Event.ShopperId, h.HandoffId, h.Reason!)).ToList();
        var guessing = lastSevenDays.Where(e => e.Kind == ShopEventKinds.VerificationLocked && e.At > now.AddDays(-1))
            .OrderByDescending(e => e.At)
            .Select(e => new GuessingAlert(e.At, e.ConversationId, e.Subject ?? "", e.OrderNo)).ToList();
        return new RiskAlerts(now, hourFacts.Count, [Signal("handoffRate", HandoffRate), Signal("negativeShare", NegativeShare)], safety) { Guessing = guessing };
    }

    private static bool IsNegative(ConversationFacts c) =>
        c.Handoffs.Any(h => h.Reason == "angry_or_complaint") || c.Turns.Any(t => t.Event.Intent == "complaint") || c.Ratings.Any(r => r.Stars <= 2);
}
