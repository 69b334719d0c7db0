using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.ScaleOut;

/// <summary>
/// Behind a reverse proxy every shopper arrives from the proxy's address, so the per-address limits and guessing bounds
/// would lump all shoppers together. X-Forwarded-For and -Proto are read only from trusted proxies: loopback (a proxy on
/// the same machine, ASP.NET Core's default) and the addresses in ShopAssistant:Proxy:KnownProxies:N (e.g. the proxy
/// container's); a header from anyone else is ignored.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddShopProxyHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxies) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxies.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(address));
        });
        return services;
    }
}

/// <summary>ShopAssistant:Proxy: the reverse proxies whose forwarded headers are believed.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Proxy";

    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext context) =>
        KnownProxies.Where(a => !IPAddress.TryParse(a, out _))
            .Select(a => new ValidationResult($"{Section}:KnownProxies: '{a}' is not an IP address.", [nameof(KnownProxies)]));
}
