using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Web.Operating;
using ShopAssistant.Web.Startup;
using StackExchange.Redis;

namespace ShopAssistant.Web.Endpoints;

public static class HealthEndpoints
{
    private const string Ready = "ready";

    /// <summary>
    /// The readiness checks: the database (SQLite, or PostgreSQL when configured) answers, Redis (when scaled out) is
    /// connected, the assistant is warmed up: its intent model and knowledge index, each on its own; the recommender is
    /// reported but only degrades readiness while it trains (see <see cref="ModelReadiness"/>).
    /// </summary>
    public static IServiceCollection AddShopHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<WarmUpBoard>();
        services.AddHostedService<WarmUpService>();
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Ready])
            .AddCheck<RedisCheck>("redis", tags: [Ready])
            .AddCheck<WarmUpCheck>("warm-up", tags: [Ready])
            .AddCheck<ModelReadiness.IntentModelCheck>("intent-model", tags: [Ready])
            .AddCheck<ModelReadiness.KnowledgeIndexCheck>("knowledge-index", tags: [Ready])
            .AddCheck<ModelReadiness.RecommenderCheck>("recommender", tags: [Ready]);
        return services;
    }

    /// <summary>GET /health (the process answers) and GET /health/ready (it can serve shoppers: every readiness check passes).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithTags("Health").WithName("Liveness").WithSummary("The process is up.");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .WithTags("Health").WithName("Readiness").WithSummary("The database (and Redis when configured) answer and the intent model and knowledge index are loaded; degraded while the recommender trains.");
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var shop = http.RequestServices.GetRequiredService<DemoShopData>();
        var body = new
        {
            // Degraded (the recommender still training) is ready: HTTP 200, but said.
            status = report.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "degraded", _ => "unavailable" },
            database = http.RequestServices.GetRequiredService<IShopDatabase>().Provider,
            products = shop.Catalogue.Products.Count,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
            warmUp = http.RequestServices.GetRequiredService<WarmUpBoard>().Steps,
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    private sealed class DatabaseCheck(IShopDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(ct);
                // A pooled PostgreSQL connection opens without asking the server: a round trip says it answers.
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(ct);
                return HealthCheckResult.Healthy(database.Provider);
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        }
    }

    /// <summary>Scaled out, an instance without Redis would miss the other instances' replies and share no keys: not ready.</summary>
    private sealed class RedisCheck(IServiceProvider services) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            Task.FromResult(services.GetService<IConnectionMultiplexer>() switch
            {
                null => HealthCheckResult.Healthy("not configured"),
                { IsConnected: true } => HealthCheckResult.Healthy("connected"),
                _ => HealthCheckResult.Unhealthy("Redis is not connected"),
            });
    }

    private sealed class WarmUpCheck(WarmUpBoard board) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            Task.FromResult(board.Ready ? HealthCheckResult.Healthy("intent model and knowledge index loaded")
                : HealthCheckResult.Unhealthy("loading the intent model and the knowledge index"));
    }
}
