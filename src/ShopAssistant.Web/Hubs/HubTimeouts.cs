using System.ComponentModel.DataAnnotations;
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
    public static IServiceCollection AddShopHubTimeouts(this IServiceCollection services)
    {
        services.AddOptions<HubTimeoutOptions>().BindConfiguration(HubTimeoutOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubOptions>().Configure<IOptions<HubTimeoutOptions>>((o, t) =>
            (o.KeepAliveInterval, o.ClientTimeoutInterval) = (TimeSpan.FromSeconds(t.Value.KeepAliveSeconds), TimeSpan.FromSeconds(t.Value.ClientTimeoutSeconds)));
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
}

/// <summary>ShopAssistant:Hubs: the hubs' keep-alive and client timeout (SignalR's defaults).</summary>
public sealed class HubTimeoutOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Hubs";

    [Range(0.5, 3600)]
    public double KeepAliveSeconds { get; set; } = 15;

    [Range(1, 7200)]
    public double ClientTimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (ClientTimeoutSeconds <= KeepAliveSeconds)
            yield return new($"{Section}:ClientTimeoutSeconds must be longer than {Section}:KeepAliveSeconds.", [nameof(ClientTimeoutSeconds)]);
    }
}
