using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Web.Hardening;

/// <summary>ShopAssistant:WebChat: which sites may frame the chat page (CSP frame-ancestors).</summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:WebChat";

    /// <summary>Space-separated CSP sources, e.g. <c>'self' https://shop.example</c>.</summary>
    public string FrameAncestors { get; set; } = "'self'";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        // Anything that could end the directive or the header would let configuration inject policy.
        if (string.IsNullOrWhiteSpace(FrameAncestors) || FrameAncestors.Any(c => c is ';' or ',' or '"' || char.IsControl(c)))
            yield return new($"{Section}:FrameAncestors must be space-separated CSP sources, e.g. 'self' https://shop.example.", [nameof(FrameAncestors)]);
    }
}

public static class SecurityHeadersServiceCollectionExtensions
{
    public static IServiceCollection AddShopSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
