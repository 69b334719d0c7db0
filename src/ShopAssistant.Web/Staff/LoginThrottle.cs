using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ShopAssistant.Web.ScaleOut;
using StackExchange.Redis;

namespace ShopAssistant.Web.Staff;

/// <summary>
/// Slows password guessing per user name and client address together: keyed by address alone, one attacker behind
/// the shop's proxy (every staff member's address) locked everybody out; keyed by name alone, anyone could lock out
/// a named agent. Scaled out (Redis configured), the failures are counted in Redis, so that a guesser spreading attempts
/// over the instances meets the same limit; if Redis does not answer, each instance counts its own.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly RedisWindowCounters? _shared;
    private readonly int _permits;

    public LoginThrottle(IOptions<StaffSecurityOptions> options, RedisWindowCounters? shared = null)
    {
        var permits = _permits = Math.Max(1, options.Value.LoginAttemptsPerMinute);
        _shared = shared;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Whether this user name may be tried from this address now (a failed attempt left).</summary>
    public async Task<bool> MayAttemptAsync(string? userName, string? address)
    {
        if (_shared is { IsConnected: true })
        {
            try
            {
                return await _shared.ReadAsync("login", Key(userName, address), Window, DateTimeOffset.UtcNow) < _permits;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Counted on this instance below.
            }
        }
        return _limiter.GetStatistics(Key(userName, address)) is not { CurrentAvailablePermits: <= 0 };
    }

    /// <summary>Counts a failed attempt. Only failures count: a member who signs in often is not slowed down.</summary>
    public async Task FailedAsync(string? userName, string? address)
    {
        using (_limiter.AttemptAcquire(Key(userName, address))) { }
        if (_shared is not { IsConnected: true }) return;
        try
        {
            await _shared.AddAsync("login", Key(userName, address), Window, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The local count above still applies.
        }
    }

    private static string Key(string? userName, string? address)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (name.Length > StaffSecurityOptions.MaxUserNameLength) name = name[..StaffSecurityOptions.MaxUserNameLength];
        return name + "\n" + (address ?? "unknown");
    }

    public void Dispose() => _limiter.Dispose();
}
