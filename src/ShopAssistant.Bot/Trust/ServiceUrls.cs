using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// Where an unauthenticated channel may ask the bot to send its replies (ShopAssistant:Channels:AllowedServiceUrls).
/// Without a MicrosoftAppId nobody proves who is calling, so without this list any caller could make the bot post
/// to any address it names (in the shop's own network too). Default: loopback only, for the Emulator and local tests.
/// </summary>
public sealed class ServiceUrls
{
    public const string Setting = ChannelOptions.Section + ":AllowedServiceUrls";
    private readonly IReadOnlyList<Uri> _allowed;

    /// <param name="configuration">Only for the Bot Framework's own MicrosoftAppId, which its authentication reads the same way.</param>
    public ServiceUrls(IOptions<ChannelOptions> options, IConfiguration configuration)
    {
        _allowed = options.Value.AllowedServiceUrls.Select(v => new Uri(v, UriKind.Absolute)).ToList();
        ChannelAuthentication = configuration["MicrosoftAppId"] is { Length: > 0 };
    }

    /// <summary>With an app id the Bot Framework's own authentication (tokens and their serviceUrl claim) decides.</summary>
    public bool ChannelAuthentication { get; }

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0) return false;
        if (_allowed.Count == 0) return uri.IsLoopback;
        return _allowed.Any(a => a.Scheme == uri.Scheme && string.Equals(a.Host, uri.Host, StringComparison.OrdinalIgnoreCase) && a.Port == uri.Port
            && uri.AbsolutePath.StartsWith(a.AbsolutePath, StringComparison.Ordinal));
    }
}
