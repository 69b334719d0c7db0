using Microsoft.Extensions.Options;
using ShopAssistant.Bot.Trust;
using StackExchange.Redis;

namespace ShopAssistant.Web.ScaleOut;

/// <summary>
/// The shopper traffic limits counted in Redis, so that a flood spread over several instances by the proxy meets the
/// same limit as on one. If Redis cannot answer, the instance's own counters decide: a shop that loses Redis is
/// throttled per instance rather than not at all, and keeps answering.
/// </summary>
public sealed class RedisTrafficLimits(RedisWindowCounters counters, IOptions<LimitOptions> options, TimeProvider clock, ILogger<RedisTrafficLimits> logger)
    : ITrafficLimits, IDisposable
{
    private readonly LocalTrafficLimits _fallback = new(options);

    public async ValueTask<TrafficDecision> TryAcquireAsync(TrafficLimit limit, string partition)
    {
        var (permits, window) = LimitOptions.Window(options.Value, limit);
        var now = clock.GetUtcNow();
        if (!counters.IsConnected) return _fallback.TryAcquire(limit, partition);
        try
        {
            var (count, ends) = await counters.AddAsync(limit.ToString(), partition, window, now);
            return count <= permits ? TrafficDecision.Allow : new TrafficDecision(false, ends - now);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis did not answer; traffic limits count on this instance only");
            return _fallback.TryAcquire(limit, partition);
        }
    }

    public void Dispose() => _fallback.Dispose();
}
