using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>One agent's row on the KPI sheet (handbook Q5, Q9).</summary>
public sealed record AgentKpi(
    string Agent,
    int Claimed,
    int Resolved,
    int Returned,
    double AverageHandleMs,
    double FirstResponseP50Ms,
    double QueueWaitP50Ms,
    double Csat,
    int Ratings,
    double ConversationsPerHour,
    double? FlowScore);

/// <summary>
/// The per-agent KPI sheet for a range. Conversations per hour worked is approximated by closed handoffs divided by the
/// hours spent handling them (sum of handle times): we have no shift log, and time spent with shoppers is what the agent controls.
/// </summary>
public static class AgentKpiSheet
{
    public static IReadOnlyList<AgentKpi> Compute(IReadOnlyList<ShopEvent> events, DateRange range, IReadOnlyDictionary<string, double>? flowScores = null) =>
        ComputeParsed(events.Where(e => range.Contains(e.At)).Select(EventFacts.Parse), range, flowScores);

    /// <summary>The same sheet from events parsed already, in the order the log reads them back.</summary>
    public static IReadOnlyList<AgentKpi> ComputeParsed(IEnumerable<EventFacts> events, DateRange range, IReadOnlyDictionary<string, double>? flowScores = null)
    {
        var facts = events.Where(e => range.Contains(e.At) && e.Agent is not null).ToList();
        return facts.GroupBy(e => e.Agent!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var closes = g.Where(e => e.Kind == ShopEventKinds.HandoffClosed).ToList();
            var ratings = g.Where(e => e.Kind == ShopEventKinds.Rating && e.Stars is >= 1 and <= 5).ToList();
            var handleHours = closes.Sum(c => c.HandleMs ?? 0) / 3_600_000d;
            return new AgentKpi(
                g.Key,
                Claimed: g.Count(e => e.Kind == ShopEventKinds.HandoffClaimed),
                Resolved: closes.Count(c => c.Status == HandoffStatus.Resolved),
                Returned: closes.Count(c => c.Status == HandoffStatus.ReturnedToBot),
                AverageHandleMs: Ratio.Mean(closes.Select(c => c.HandleMs).OfType<double>().ToList()),
                FirstResponseP50Ms: Percentiles.Of(g.Where(e => e.Kind == ShopEventKinds.AgentMessage).Select(e => e.FirstResponseMs).OfType<double>()).P50,
                QueueWaitP50Ms: Percentiles.Of(g.Where(e => e.Kind == ShopEventKinds.HandoffClaimed).Select(e => e.QueueWaitMs).OfType<double>()).P50,
                Csat: Ratio.Of(ratings.Count(r => r.Stars >= 4), ratings.Count),
                Ratings: ratings.Count,
                ConversationsPerHour: handleHours <= 0 ? 0 : Math.Round(closes.Count / handleHours, 2),
                FlowScore: flowScores is not null && flowScores.TryGetValue(g.Key, out var score) ? score : null);
        }).ToList();
    }
}
