using StackExchange.Redis;

namespace ShopAssistant.Web.ScaleOut;

/// <summary>
/// Fixed-window counters in Redis, shared by every instance: one key per partition and window (aligned to the clock),
/// which expires with its window. Callers fall back to their in-process counters when Redis does not answer.
/// </summary>
public sealed class RedisWindowCounters(IConnectionMultiplexer redis)
{
    private const string Increment =
        """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    /// <summary>False while Redis is unreachable: callers count in process at once instead of waiting for a timeout.</summary>
    public bool IsConnected => redis.IsConnected;

    /// <summary>Counts one more in the current window; the count so far (this one included) and when the window ends.</summary>
    public async Task<(long Count, DateTimeOffset WindowEnds)> AddAsync(string counter, string partition, TimeSpan window, DateTimeOffset now)
    {
        var (key, ends) = Key(counter, partition, window, now);
        var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(Increment, [key], [(long)window.TotalMilliseconds]);
        return (count, ends);
    }

    /// <summary>The count in the current window, without counting.</summary>
    public async Task<long> ReadAsync(string counter, string partition, TimeSpan window, DateTimeOffset now) =>
        (long?)await redis.GetDatabase().StringGetAsync(Key(counter, partition, window, now).Key) ?? 0;

    private static (string Key, DateTimeOffset Ends) Key(string counter, string partition, TimeSpan window, DateTimeOffset now)
    {
        var windowMs = (long)window.TotalMilliseconds;
        var ms = now.ToUnixTimeMilliseconds();
        var start = ms - ms % windowMs;
        return ($"{ScaleOutServiceCollectionExtensions.Prefix}:count:{counter}:{start}:{partition}", DateTimeOffset.FromUnixTimeMilliseconds(start + windowMs));
    }
}
