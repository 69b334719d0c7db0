using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>
/// Reads the event log for a range and hands it to the pure calculators. The one place that decides how much of the
/// log a report needs: the range itself plus the look-ahead that reopen detection wants.
/// </summary>
public sealed class QualityReports(IEventLog events, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<QualityMetrics> MetricsAsync(DateRange range, CancellationToken ct = default) =>
        MetricsCalculator.Compute(await ReadWithLookAheadAsync(range, ct), range);

    public async Task<IReadOnlyList<AgentKpi>> AgentsAsync(DateRange range, IReadOnlyDictionary<string, double>? flowScores = null, CancellationToken ct = default) =>
        AgentKpiSheet.Compute(await events.ReadAsync(range.From, range.To, ct), range, flowScores);

    public async Task<Dictionary<string, ConversationFacts>> ConversationsAsync(DateRange range, CancellationToken ct = default) =>
        ConversationFacts.Group(await ReadWithLookAheadAsync(range, ct), range);

    public async Task<RiskAlerts> AlertsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // The log keeps milliseconds: a report filed in this very millisecond must be inside the range.
        return EarlyWarning.Check(await events.ReadAsync(now.AddDays(-7), now.AddMilliseconds(1), ct), now);
    }

    public Task<IReadOnlyList<ShopEvent>> ReadAsync(DateRange range, CancellationToken ct = default) => events.ReadAsync(range.From, range.To, ct);

    private Task<IReadOnlyList<ShopEvent>> ReadWithLookAheadAsync(DateRange range, CancellationToken ct) =>
        events.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead, ct);
}
