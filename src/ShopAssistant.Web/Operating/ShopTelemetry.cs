using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ShopAssistant.AI;
using ShopAssistant.Assistant;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Recommendations;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Operating;

/// <summary>
/// OpenTelemetry for operators. Metrics (ASP.NET Core, HttpClient, the runtime, Semantic Kernel's and ours) are always
/// collected for GET /metrics (Prometheus text, managers or the scrape token); traces and an OTLP export exist only when
/// a collector is configured (ShopAssistant:Telemetry:OtlpEndpoint or OTEL_EXPORTER_OTLP_ENDPOINT), so that a plain
/// start pays for no tracer at all.
/// </summary>
public static class ShopTelemetry
{
    public const string ServiceName = "shopassistant";
    public const string MetricsPath = "/metrics";
    public const string MetricsPolicy = "metrics";

    /// <summary>Ours, then the libraries' (wildcards: Semantic Kernel names one per connector and feature).</summary>
    internal static readonly string[] Meters =
    [
        ModelTelemetry.MeterName, AssistantTelemetry.MeterName, HandoffTelemetry.MeterName, RecommenderTelemetry.MeterName,
        "Microsoft.SemanticKernel*", "Experimental.Microsoft.Extensions.AI*",
        // Connections and SignalR sessions: the web chat and the consoles hold a WebSocket each.
        "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
    ];

    internal static readonly string[] Sources = [AssistantTelemetry.MeterName, "Microsoft.SemanticKernel*", "Experimental.Microsoft.Extensions.AI*"];

    public static IServiceCollection AddShopTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Read now as well: whether to build a tracer at all is decided here (a bad value stops the start through the validation above).
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var export = Uri.IsWellFormedUriString(options.OtlpEndpoint?.Trim(), UriKind.Absolute)
            || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        // Semantic Kernel's model-call spans and token metrics; never the "sensitive" switch, which would export shoppers' messages.
        AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics", true);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: Version))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(Meters).AddPrometheusExporter();
                // The queue's gauge from the start, not from the first handoff (the desk is created on first use).
                metrics.AddInstrumentation(sp => sp.GetRequiredService<HandoffTelemetry>());
                if (export) metrics.AddOtlpExporter(o => PointAt(o, options, "v1/metrics"));
            });
        if (export)
            telemetry.WithTracing(tracing => tracing
                // Probes and scrapes every few seconds would drown the shoppers' requests.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath) && !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource(Sources)
                .AddOtlpExporter(o => PointAt(o, options, "v1/traces")));

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ScrapeToken>(ScrapeToken.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ScrapeToken.SchemeName)
            .RequireAssertion(c => c.User.IsInRole(StaffRoles.Manager) || c.User.HasClaim(ScrapeToken.ScopeClaim, ScrapeToken.MetricsScope)));
        return services;
    }

    /// <summary>GET /metrics in Prometheus text format, for managers (cookie) and the scrape token; anyone else gets 401.</summary>
    public static IEndpointRouteBuilder MapShopTelemetry(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsPolicy);
        return app;
    }

    /// <summary>
    /// Our setting names the collector's base URL, as OTEL_EXPORTER_OTLP_ENDPOINT does; over HTTP the exporter wants each
    /// signal's full path when given a URL in code. Without our setting the standard variables apply untouched.
    /// </summary>
    private static void PointAt(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        if (options.OtlpUri is not { } endpoint) return;
        if (options.OtlpProtocol == TelemetryOptions.Grpc)
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
            return;
        }
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        exporter.Endpoint = new Uri(root, signalPath);
    }

    private static string Version => typeof(ShopTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}
