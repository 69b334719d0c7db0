using System.Data.Common;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using StackExchange.Redis;

namespace ShopAssistant.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary>GET /health (the process answers) and GET /health/ready (its database and shop data are usable).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/", () => Results.Ok(new { status = "ok" })).WithName("Liveness").WithSummary("The process is up.");
        health.MapGet("/ready", ReadyAsync).WithName("Readiness").WithSummary("The database and the shop data are reachable.");
        return app;
    }

    private static async Task<IResult> ReadyAsync(IShopDatabase database, DemoShopData shop, HttpContext http, CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            // Scaled out, an instance without Redis would miss the other instances' replies and share no keys: not ready.
            if (http.RequestServices.GetService<IConnectionMultiplexer>() is { IsConnected: false })
                return Results.Json(new { status = "unavailable", reason = "Redis is not connected" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            return Results.Ok(new { status = "ready", database = database.Provider, products = shop.Catalogue.Products.Count });
        }
        catch (Exception e) when (e is DbException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            return Results.Json(new { status = "unavailable", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
