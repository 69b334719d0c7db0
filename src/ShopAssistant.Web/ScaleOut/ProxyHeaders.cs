using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ShopAssistant.Web.ScaleOut;

/// <summary>
/// Behind a reverse proxy every shopper arrives from the proxy's address, so the per-address limits and guessing bounds
/// would lump all shoppers together. X-Forwarded-For and -Proto are read only from trusted proxies: loopback (a proxy on
/// the same machine, ASP.NET Core's default) and the addresses in ShopAssistant:Proxy:KnownProxies:N (e.g. the proxy
/// container's); a header from anyone else is ignored.
/// </summary>
public static class ProxyHeaders
{
    public const string Section = "ShopAssistant:Proxy";

    public static IServiceCollection AddShopProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var known = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in known) o.KnownProxies.Add(IPAddress.Parse(address));
        });
        return services;
    }
}
