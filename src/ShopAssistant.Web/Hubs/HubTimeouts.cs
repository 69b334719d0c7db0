using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.Hubs;

/// <summary>
/// How often the hubs ping their clients and how long they wait for a silent client
/// (ShopAssistant:Hubs:KeepAliveSeconds, …:ClientTimeoutSeconds; SignalR's 15 s and 30 s by default). The pages read
/// them from GET /hubs/settings so that their own pings and patience always match the server's: a client that pinged
/// less often than the server's timeout would be dropped and reconnect over and over.
/// </summary>
public static class HubTimeouts
{
    public const string Section = "ShopAssistant:Hubs";

    public static IServiceCollection AddShopHubTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var keepAlive = Seconds(configuration, "KeepAliveSeconds", 15);
        var clientTimeout = Seconds(configuration, "ClientTimeoutSeconds", 30);
        if (clientTimeout <= keepAlive)
            throw new InvalidOperationException($"{Section}:ClientTimeoutSeconds must be longer than {Section}:KeepAliveSeconds.");
        services.Configure<HubOptions>(o => (o.KeepAliveInterval, o.ClientTimeoutInterval) = (keepAlive, clientTimeout));
        return services;
    }

    /// <summary>
    /// What the pages' client uses: ping at half the server's patience; wait twice the server's ping interval, plus a
    /// second because the server sends its pings on a once-a-second heartbeat, so one may come that much late.
    /// </summary>
    public static IEndpointRouteBuilder MapHubSettings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/hubs/settings", (IOptions<HubOptions> hub) => Results.Ok(new
        {
            keepAliveMs = (int)(hub.Value.ClientTimeoutInterval!.Value.TotalMilliseconds / 2),
            serverTimeoutMs = (int)(hub.Value.KeepAliveInterval!.Value.TotalMilliseconds * 2) + 1000,
        })).WithTags("Hubs").WithName("HubSettings").WithSummary("The keep-alive and timeout the pages' SignalR client must use.");
        return app;
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, double fallback) =>
        TimeSpan.FromSeconds(configuration.GetValue<double?>($"{Section}:{key}") is double value && value > 0 ? value : fallback);
}
