using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Quality;

public sealed record WarningSignal(string Signal, double LastHour, double SevenDayAverage, bool Alert);

/// <summary>Handbook E2 and E3: the last hour against the 7-day average, and every safety or legal handoff.</summary>
public sealed record RiskAlerts(DateTimeOffset At, int LastHourConversations, IReadOnlyList<WarningSignal> Signals, IReadOnlyList<SafetyAlert> Safety);

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
            .Select(h => new SafetyAlert(h.At, h.ConversationId, h.Event.ShopperId, h.HandoffId, h.Reason!)).ToList();
        return new RiskAlerts(now, hourFacts.Count, [Signal("handoffRate", HandoffRate), Signal("negativeShare", NegativeShare)], safety);
    }

    private static bool IsNegative(ConversationFacts c) =>
        c.Handoffs.Any(h => h.Reason == "angry_or_complaint") || c.Turns.Any(t => t.Event.Intent == "complaint") || c.Ratings.Any(r => r.Stars <= 2);
}
