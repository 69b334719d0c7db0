using ShopAssistant.AI;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// The model's token usage in the event log (kind model_usage), beside the turns it paid for: the dashboard sums it per
/// conversation and per day, and the daily budget reads the day's sum back after a restart. The event log is the same
/// on SQLite and PostgreSQL, so usage works on both.
/// </summary>
public sealed class ModelUsageEvents(IEventLog events, TimeProvider clock) : IModelUsageLog
{
    public Task AppendAsync(ModelUsageRecord record, CancellationToken ct = default) =>
        events.AppendAsync(new ShopEvent(record.At, ShopEventKinds.ModelUsage, record.ConversationId ?? "", null, null, ModelUsageData.Write(record)), ct);

    public async Task<long> TokensSinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var total = 0L;
        foreach (var e in await events.ReadAsync(since, clock.GetUtcNow().AddMilliseconds(1), ct))
            if (e.Kind == ShopEventKinds.ModelUsage && ModelUsageData.Read(e.DataJson) is { } usage) total += usage.Total;
        return total;
    }
}
