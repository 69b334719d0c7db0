using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>
/// Reads the event log for a range and hands it to the pure calculators. The one place that decides how much of the
/// log a report needs: the range itself plus the look-ahead that reopen detection wants.
/// Ranges the <see cref="EventProjection"/> covers are answered from it, and one refresh of the dashboard (metrics,
/// daily, agents, conversations for the same range) shares one grouping until the log grows; older ranges are read
/// from the log as before.
/// </summary>
public sealed class QualityReports(IEventLog events, TimeProvider clock, EventProjection projection)
{
    /// <summary>A grouping of a busy week holds every conversation's facts (tens of megabytes): keep two ranges, not more.</summary>
    private readonly RangeGroupings _groupings = new(capacity: 2);

    private static readonly TimeSpan AlertsReuse = TimeSpan.FromSeconds(15);
    private volatile AlertsCheck? _alerts;

    private sealed record AlertsCheck(long Watermark, RiskAlerts Alerts);

    /// <summary>Without a shared projection (tools, benches): one of its own.</summary>
    public QualityReports(IEventLog events, TimeProvider clock) : this(events, clock, new EventProjection(events, clock))
    {
    }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<QualityMetrics> MetricsAsync(DateRange range, CancellationToken ct = default)
    {
        var view = await projection.CatchUpAsync(ct);
        if (!view.Covers(range.From)) return MetricsCalculator.Compute(await ReadWithLookAheadAsync(range, ct), range);
        return _groupings.Get(view, range).Metrics.Value;
    }

    public async Task<IReadOnlyList<AgentKpi>> AgentsAsync(DateRange range, IReadOnlyDictionary<string, double>? flowScores = null, CancellationToken ct = default)
    {
        var view = await projection.CatchUpAsync(ct);
        return view.Covers(range.From)
            ? AgentKpiSheet.ComputeParsed(view.Slice(range.From, range.To), range, flowScores)
            : AgentKpiSheet.Compute(await events.ReadAsync(range.From, range.To, ct), range, flowScores);
    }

    /// <summary>The conversations of the range (plus look-ahead); shared with other callers of the same range, so read-only.</summary>
    public async Task<Dictionary<string, ConversationFacts>> ConversationsAsync(DateRange range, CancellationToken ct = default)
    {
        var view = await projection.CatchUpAsync(ct);
        return view.Covers(range.From) ? _groupings.Get(view, range).Conversations : ConversationFacts.Group(await ReadWithLookAheadAsync(range, ct), range);
    }

    public async Task<RiskAlerts> AlertsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var view = await projection.CatchUpAsync(ct);
        // Every open dashboard asks when a safety report is pushed: while the log has not grown, a check of the last
        // few seconds answers them all (a new report grows the log, so it is never missed).
        if (_alerts is { } last && last.Watermark == view.Watermark && now >= last.Alerts.At && now - last.Alerts.At < AlertsReuse)
            return last.Alerts;
        // The log keeps milliseconds: a report filed in this very millisecond must be inside the range.
        var (from, to) = (now.AddDays(-7), now.AddMilliseconds(1));
        var alerts = view.Covers(from)
            ? EarlyWarning.CheckParsed(view.Slice(from, to), now)
            : EarlyWarning.Check(await events.ReadAsync(from, to, ct), now);
        _alerts = new AlertsCheck(view.Watermark, alerts);
        return alerts;
    }

    /// <summary>The events of the range, parsed, in the log's order.</summary>
    public async Task<IReadOnlyList<EventFacts>> FactsAsync(DateRange range, CancellationToken ct = default)
    {
        var view = await projection.CatchUpAsync(ct);
        return view.Covers(range.From)
            ? view.Slice(range.From, range.To)
            : (await events.ReadAsync(range.From, range.To, ct)).Select(EventFacts.Parse).ToList();
    }

    /// <summary>The raw events of the range, data included, straight from the log.</summary>
    public Task<IReadOnlyList<ShopEvent>> ReadAsync(DateRange range, CancellationToken ct = default) => events.ReadAsync(range.From, range.To, ct);

    private Task<IReadOnlyList<ShopEvent>> ReadWithLookAheadAsync(DateRange range, CancellationToken ct) =>
        events.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead, ct);
}
