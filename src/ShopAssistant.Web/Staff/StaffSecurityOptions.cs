namespace ShopAssistant.Web.Staff;

/// <summary>How staff sessions and sign-in are bounded (ShopAssistant:StaffSecurity).</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "ShopAssistant:StaffSecurity";

    /// <summary>A session ends after this long without a request (the cookie's sliding expiry).</summary>
    public int IdleMinutes { get; set; } = 120;

    /// <summary>A session ends this long after sign-in however busy it is (absolute lifetime).</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>Sign-in attempts per user name and client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Longer passwords are refused before hashing: hashing megabytes is a denial of service.</summary>
    public int MaxPasswordLength { get; set; } = 256;

    public const int MaxUserNameLength = 128;
}
