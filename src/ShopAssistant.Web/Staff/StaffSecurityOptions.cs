using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Web.Staff;

/// <summary>How staff sessions and sign-in are bounded (ShopAssistant:StaffSecurity).</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "ShopAssistant:StaffSecurity";

    /// <summary>A session ends after this long without a request (the cookie's sliding expiry).</summary>
    [Range(1, 7 * 24 * 60)]
    public int IdleMinutes { get; set; } = 120;

    /// <summary>A session ends this long after sign-in however busy it is (absolute lifetime).</summary>
    [Range(1, 30 * 24)]
    public int SessionHours { get; set; } = 12;

    /// <summary>Sign-in attempts per user name and client address per minute.</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Longer passwords are refused before hashing: hashing megabytes is a denial of service.</summary>
    [Range(8, 4096)]
    public int MaxPasswordLength { get; set; } = 256;

    public const int MaxUserNameLength = 128;
}
