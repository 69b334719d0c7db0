using Microsoft.Extensions.Options;
using ShopAssistant.Bot.Trust;
using StackExchange.Redis;

namespace ShopAssistant.Web.ScaleOut;

/// <summary>
/// The shopper traffic limits counted in Redis, so that a flood spread over several instances by the proxy meets the
/// same limit as on one. Fixed windows aligned to the clock: one INCR (and an expiry on the first) per message.
/// If Redis cannot answer, the instance's own counters decide: a shop that loses Redis is throttled per instance
/// rather than not at all, and keeps answering.
/// </summary>
public sealed class RedisTrafficLimits(IConnectionMultiplexer redis, IOptions<LimitOptions> options, TimeProvider clock, ILogger<RedisTrafficLimits> logger)
    : ITrafficLimits, IDisposable
{
    private const string Increment =
        """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private readonly LocalTrafficLimits _fallback = new(options);

    public TrafficDecision TryAcquire(TrafficLimit limit, string partition)
    {
        var (permits, window) = LimitOptions.Window(options.Value, limit);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)window.TotalMilliseconds;
        var windowStart = now - now % windowMs;
        try
        {
            var key = $"{ScaleOutServiceCollectionExtensions.Prefix}:limit:{limit}:{windowStart}:{partition}";
            var count = (long)redis.GetDatabase().ScriptEvaluate(Increment, [key], [windowMs]);
            return count <= permits ? TrafficDecision.Allow : new TrafficDecision(false, TimeSpan.FromMilliseconds(windowStart + windowMs - now));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis did not answer; traffic limits count on this instance only");
            return _fallback.TryAcquire(limit, partition);
        }
    }

    public void Dispose() => _fallback.Dispose();
}
