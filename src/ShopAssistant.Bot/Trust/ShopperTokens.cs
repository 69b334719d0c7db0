using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ShopAssistant.Bot.Trust;

/// <summary>The outcome of reading a shopper token: a verified customer id, a guest (no token), or a refusal with its reason.</summary>
public sealed record ShopperTokenCheck(bool Valid, int? CustomerId, string? Problem)
{
    public static readonly ShopperTokenCheck Guest = new(true, null, null);
}

/// <summary>
/// Shopper tokens: a JWT signed with HS256 and the shop's key, whose `sub` is the customer id and
/// whose `exp` is required. The shop's own site issues them to its signed-in shoppers; a channel's user id alone is a
/// guest. Times are read from the app's clock so that tests with a moved clock agree with the issuer.
/// </summary>
public sealed class ShopperTokens
{
    public const string KeySetting = ShopperOptions.Section + ":TokenKey";
    public const int MinKeyBytes = 32;
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    private readonly SymmetricSecurityKey? _key;
    private readonly TimeProvider _clock;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    private ShopperTokens(byte[]? key, TimeProvider clock)
    {
        _key = key is null ? null : new SymmetricSecurityKey(key);
        _clock = clock;
    }

    /// <summary>
    /// The configured key; in Development with none, a random key for this run only (so the demo page works and no
    /// token outlives the process). Elsewhere with none, no shopper can sign in: every shopper is a guest.
    /// </summary>
    public ShopperTokens(IOptions<ShopperOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<ShopperTokens> logger)
        : this(KeyFrom(options.Value, environment, logger), clock) { }

    public static ShopperTokens WithKey(string key, TimeProvider clock) => new(KeyBytes(key), clock);

    /// <summary>Whether tokens can be issued and verified (a key is configured, or a Development run made one).</summary>
    public bool Enabled => _key is not null;

    public string Issue(int customerId, TimeSpan lifetime)
    {
        if (_key is null) throw new InvalidOperationException($"No shopper token key: set {KeySetting}.");
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime) throw new ArgumentOutOfRangeException(nameof(lifetime), $"A token lives between 1 minute and {MaxLifetime.TotalHours} hours.");
        var now = _clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["sub"] = customerId.ToString(CultureInfo.InvariantCulture) },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>No token: a guest. A token that is not valid (signature, algorithm, expiry, subject): refused with the reason.</summary>
    public async Task<ShopperTokenCheck> CheckAsync(string? token)
    {
        if (string.IsNullOrEmpty(token)) return ShopperTokenCheck.Guest;
        if (_key is null) return new(false, null, "Shopper sign-in is not configured on this server.");
        if (token.Length > 4096) return new(false, null, "The shopper token is too long.");
        var now = _clock.GetUtcNow().UtcDateTime;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            // Our own clock, not the machine's, and a small allowance for clocks that differ between the shop and us.
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } e && now <= e.ToUniversalTime() + ClockSkew && (notBefore is not { } nb || nb.ToUniversalTime() <= now + ClockSkew),
        });
        if (!result.IsValid) return new(false, null, "The shopper token is not valid or has expired.");
        return result.Claims.TryGetValue("sub", out var sub) && int.TryParse(sub as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new(true, id, null)
            : new(false, null, "The shopper token has no customer id ('sub').");
    }

    private static byte[]? KeyFrom(ShopperOptions options, IHostEnvironment environment, ILogger logger)
    {
        if (options.TokenKey is { Length: > 0 } key) return KeyBytes(key);
        if (!environment.IsDevelopment()) return null;
        logger.LogWarning("No {Setting} configured: shopper tokens use a random key for this run (Development only). Try /dev/shopper?customer=13047.", KeySetting);
        return RandomNumberGenerator.GetBytes(MinKeyBytes);
    }

    private static byte[] KeyBytes(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        return bytes.Length >= MinKeyBytes
            ? bytes
            : throw new InvalidOperationException($"{KeySetting} must be at least {MinKeyBytes} bytes (256 bits) for HS256.");
    }
}
