using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopAssistant.Domain;

namespace ShopAssistant.AI;

/// <summary>One call's tokens, as stored in the event log (kind model_usage) by the layer that owns the log.</summary>
public sealed record ModelUsageRecord(DateTimeOffset At, string Purpose, string? ConversationId, string Model, long InputTokens, long OutputTokens);

/// <summary>Where usage records are kept; the bot layer writes them to the event log. Without one they are only counted.</summary>
public interface IModelUsageLog
{
    Task AppendAsync(ModelUsageRecord record, CancellationToken ct = default);

    /// <summary>Tokens recorded since the moment given (the start of the Beijing day), so that a restart keeps the day's count.</summary>
    Task<long> TokensSinceAsync(DateTimeOffset since, CancellationToken ct = default);
}

/// <summary>
/// Counts the tokens of the shop's Beijing day (the shop's day: it resets at midnight UTC+8) against the optional
/// ShopAssistant:Llm:Cost:DailyTokenBudget, and hands every record to the usage log.
/// </summary>
public sealed partial class ModelUsageLedger(ModelCostOptions cost, TimeProvider? clock = null, IModelUsageLog? log = null, ILogger<ModelUsageLedger>? logger = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly object _lock = new();
    private DateOnly _day;
    private long _tokens;
    private bool _seeded;

    public ModelCostOptions Cost => cost;

    /// <summary>Tokens spent so far in the current Beijing day (by this process, plus what the log held at start).</summary>
    public long TodayTokens
    {
        get
        {
            lock (_lock) return _day == BeijingTime.DayOf(_clock.GetUtcNow()) ? _tokens : 0;
        }
    }

    public bool BudgetSpent => cost.DailyTokenBudget > 0 && TodayTokens >= cost.DailyTokenBudget;

    /// <summary>Reads the day's count from the log once, so that a restart does not hand out the budget twice.</summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        if (_seeded || log is null || cost.DailyTokenBudget <= 0) return;
        var today = BeijingTime.DayOf(_clock.GetUtcNow());
        try
        {
            var stored = await log.TokensSinceAsync(BeijingTime.StartOf(today), ct).ConfigureAwait(false);
            lock (_lock)
            {
                if (_seeded) return;
                if (_day != today) (_day, _tokens) = (today, 0);
                _tokens += stored;
                _seeded = true;
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogSeedFailed(_logger, e.GetType().Name, e.Message);
        }
    }

    public async Task RecordAsync(string purpose, string? conversationId, string model, ModelUsage usage, CancellationToken ct)
    {
        if (usage.Total == 0) return;
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            var day = BeijingTime.DayOf(now);
            if (_day != day) (_day, _tokens) = (day, 0);
            _tokens += usage.Total;
        }
        if (log is null) return;
        try
        {
            await log.AppendAsync(new ModelUsageRecord(now, purpose, conversationId, model, usage.InputTokens, usage.OutputTokens), ct).ConfigureAwait(false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The answer is already there; a lost usage row must not cost the shopper it.
            LogRecordFailed(_logger, e.GetType().Name, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model token usage could not be stored ({Error}: {Message}).")]
    private static partial void LogRecordFailed(ILogger logger, string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Today's model token count could not be read from the log ({Error}: {Message}); counting from zero.")]
    private static partial void LogSeedFailed(ILogger logger, string error, string message);
}
