using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Bot.Trust;

/// <summary>ShopAssistant:Channels: the service URLs an unauthenticated channel may have replies sent to (see <see cref="ServiceUrls"/>).</summary>
public sealed class ChannelOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Channels";

    /// <summary>Scheme, host, port and path prefix of each allowed service URL; empty: loopback only.</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext context) =>
        AllowedServiceUrls.Where(v => !Uri.TryCreate(v, UriKind.Absolute, out _))
            .Select(v => new ValidationResult($"{Section}:AllowedServiceUrls: '{v}' is not an absolute URL.", [nameof(AllowedServiceUrls)]));
}

/// <summary>ShopAssistant:Shoppers: the key that signs shopper tokens (README: Signing shoppers in).</summary>
public sealed class ShopperOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Shoppers";

    /// <summary>At least <see cref="ShopperTokens.MinKeyBytes"/> bytes; none: nobody can sign in (Development: a random key per run).</summary>
    public string? TokenKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrEmpty(TokenKey) && System.Text.Encoding.UTF8.GetByteCount(TokenKey) < ShopperTokens.MinKeyBytes)
            yield return new($"{ShopperTokens.KeySetting} must be at least {ShopperTokens.MinKeyBytes} bytes (256 bits) for HS256.", [nameof(TokenKey)]);
    }
}

/// <summary>ShopAssistant:Recovery: how far back a restart looks for shopper messages the last run never answered.</summary>
public sealed class RecoveryOptions
{
    public const string Section = "ShopAssistant:Recovery";

    [Range(0, 24 * 60)]
    public int WindowMinutes { get; set; } = 10;
}
