using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.Staff;

/// <summary>
/// Slows password guessing per user name and client address together: keyed by address alone, one attacker behind
/// the shop's proxy (every staff member's address) locked everybody out; keyed by name alone, anyone could lock out
/// a named agent.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginThrottle(IOptions<StaffSecurityOptions> options)
    {
        var permits = Math.Max(1, options.Value.LoginAttemptsPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Whether this user name may be tried from this address now (a failed attempt left).</summary>
    public bool MayAttempt(string? userName, string? address) => _limiter.GetStatistics(Key(userName, address)) is not { CurrentAvailablePermits: <= 0 };

    /// <summary>Counts a failed attempt. Only failures count: a member who signs in often is not slowed down.</summary>
    public void Failed(string? userName, string? address)
    {
        using var lease = _limiter.AttemptAcquire(Key(userName, address));
    }

    private static string Key(string? userName, string? address)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (name.Length > StaffSecurityOptions.MaxUserNameLength) name = name[..StaffSecurityOptions.MaxUserNameLength];
        return name + "\n" + (address ?? "unknown");
    }

    public void Dispose() => _limiter.Dispose();
}
