using System.ComponentModel.DataAnnotations;
using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Bot.Trust;

/// <summary>What a counter limits. Each has its own partitions (a conversation, a channel user, a client address).</summary>
public enum TrafficLimit
{
    /// <summary>Messages in one conversation, per minute (every channel).</summary>
    ConversationMessages,
    /// <summary>Messages from one channel user, per minute (/api/messages: the client address there is the channel service's).</summary>
    ShopperMessages,
    /// <summary>New web chat conversations from one client address, per hour.</summary>
    NewConversations,
    /// <summary>Handoffs asked for from one web chat client address, per hour.</summary>
    Handoffs,
}

public readonly record struct TrafficDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly TrafficDecision Allow = new(true, TimeSpan.Zero);
}

/// <summary>
/// Counters for shopper traffic: in process (<see cref="LocalTrafficLimits"/>), or in Redis when several instances share
/// a shop (the Web host's RedisTrafficLimits, with ConnectionStrings:Redis).
/// </summary>
public interface ITrafficLimits
{
    /// <remarks>
    /// Asynchronous because the scaled-out limits ask Redis: a synchronous round trip on every message blocked a pool
    /// thread per request, and at 100 conversations at once on two cores the starved thread pool held turns for 20–35 s.
    /// </remarks>
    ValueTask<TrafficDecision> TryAcquireAsync(TrafficLimit limit, string partition);
}

/// <summary>ShopAssistant:Limits:* — how much traffic one conversation, shopper or address may send.</summary>
public sealed class LimitOptions
{
    public const string Section = "ShopAssistant:Limits";

    [Range(1, 1_000_000)]
    public int MessagesPerMinute { get; set; } = 20;
    [Range(1, 1_000_000)]
    public int ShopperMessagesPerMinute { get; set; } = 60;
    [Range(1, 1_000_000)]
    public int NewConversationsPerHour { get; set; } = 30;
    [Range(1, 1_000_000)]
    public int HandoffsPerHour { get; set; } = 5;

    /// <summary>Wrong phone digits for one order (or from one client) within the window before it locks for as long again.</summary>
    [Range(1, 1_000_000)]
    public int VerificationFailures { get; set; } = 5;
    [Range(1, 1_000_000)]
    public int VerificationWindowMinutes { get; set; } = 60;

    /// <summary>How many messages a partition of the limit may send per window (at least one), for every counter store.</summary>
    public static (int Permits, TimeSpan Window) Window(LimitOptions o, TrafficLimit limit)
    {
        var (count, window) = limit switch
        {
            TrafficLimit.ConversationMessages => (o.MessagesPerMinute, TimeSpan.FromMinutes(1)),
            TrafficLimit.ShopperMessages => (o.ShopperMessagesPerMinute, TimeSpan.FromMinutes(1)),
            TrafficLimit.NewConversations => (o.NewConversationsPerHour, TimeSpan.FromHours(1)),
            TrafficLimit.Handoffs => (o.HandoffsPerHour, TimeSpan.FromHours(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(limit)),
        };
        return (Math.Max(1, count), window);
    }
}

/// <summary>Fixed-window partitioned limiters from System.Threading.RateLimiting, one per kind of limit; idle partitions are dropped.</summary>
public sealed class LocalTrafficLimits(IOptions<LimitOptions> options) : ITrafficLimits, IDisposable
{
    private readonly ConcurrentDictionary<TrafficLimit, PartitionedRateLimiter<string>> _limiters = new();

    public ValueTask<TrafficDecision> TryAcquireAsync(TrafficLimit limit, string partition) => new(TryAcquire(limit, partition));

    public TrafficDecision TryAcquire(TrafficLimit limit, string partition)
    {
        var limiter = _limiters.GetOrAdd(limit, Create);
        using var lease = limiter.AttemptAcquire(partition);
        if (lease.IsAcquired) return TrafficDecision.Allow;
        return new TrafficDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : Window(limit).Window);
    }

    private PartitionedRateLimiter<string> Create(TrafficLimit limit)
    {
        var permits = Window(limit);
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => permits));
    }

    private FixedWindowRateLimiterOptions Window(TrafficLimit limit)
    {
        var (permits, window) = LimitOptions.Window(options.Value, limit);
        return new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
    }
}
