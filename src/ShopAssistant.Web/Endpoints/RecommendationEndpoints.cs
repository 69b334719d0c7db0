using Microsoft.AspNetCore.Authorization;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Endpoints;

public sealed record RecommendedProduct(string StockCode, string Name, decimal PriceRmb, string CategoryId, double Score, string ReasonZh, string ReasonEn);

/// <summary>
/// GET /api/recommendations. A customer's lists reveal what they bought, so they are for staff
/// only; the cold-start list and "bought together" for a product reveal nobody and are open.
/// </summary>
public static class RecommendationEndpoints
{
    public const int MaxK = 50;

    public static IEndpointRouteBuilder MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/recommendations", RecommendAsync).WithTags("Recommendations").WithName("Recommendations")
            .WithSummary("Ranked products with scores and reasons: kind=buy-again|discover (customerId, staff only), bought-together (stockCode) or popular.");
        return app;
    }

    private static async Task<IResult> RecommendAsync(HttpContext http, string? customerId, string? stockCode, string? k, string? kind,
        string? category, string? maxPrice, IRecommender recommender, DemoShopData shop)
    {
        var size = 10;
        if (k is not null && (!int.TryParse(k, out size) || size < 1 || size > MaxK))
            return Problem($"k must be a whole number from 1 to {MaxK}.");
        decimal? budget = null;
        if (maxPrice is not null)
        {
            if (!decimal.TryParse(maxPrice, System.Globalization.CultureInfo.InvariantCulture, out var price) || price <= 0) return Problem("maxPrice must be a positive amount in RMB.");
            budget = price;
        }
        if (category is not null && shop.Catalogue.FindCategory(category) is null)
            return Problem($"Unknown category. Use one of: {string.Join(", ", shop.Catalogue.Categories.Select(c => c.Id))}.");

        RecommendationKind listKind;
        int? customer = null;
        switch (kind ?? (customerId is not null ? "buy-again" : stockCode is not null ? "bought-together" : "popular"))
        {
            case "buy-again" or "discover":
                if (!int.TryParse(customerId, out var id)) return Problem("buy-again and discover need a numeric customerId.");
                if (!(await http.RequestServices.GetRequiredService<IAuthorizationService>()
                        .AuthorizeAsync(http.User, StaffPolicies.Staff)).Succeeded)
                    return http.User.Identity?.IsAuthenticated == true ? Results.Forbid() : Results.Unauthorized();
                if (shop.FindCustomer(id) is null) return Results.NotFound(new { error = $"No customer {id}." });
                listKind = kind == "discover" ? RecommendationKind.Discover : RecommendationKind.BuyAgain;
                customer = id;
                break;
            case "bought-together":
                if (string.IsNullOrWhiteSpace(stockCode)) return Problem("bought-together needs a stockCode.");
                if (shop.Catalogue.Find(stockCode) is null) return Results.NotFound(new { error = $"No product {stockCode}." });
                listKind = RecommendationKind.BoughtTogether;
                break;
            case "popular":
                listKind = RecommendationKind.Popular;
                break;
            default:
                return Problem("kind must be buy-again, discover, bought-together or popular.");
        }

        var list = recommender.Recommend(new RecommendationRequest(listKind, customer, stockCode, size,
            category is null && budget is null ? null : new RecommendationFilter(category, budget)));
        return Results.Ok(list.Select(r => new RecommendedProduct(r.StockCode, r.Name, r.PriceRmb, r.CategoryId, Math.Round(r.Score, 4), r.ReasonZh, r.ReasonEn)));
    }

    private static IResult Problem(string detail) => Results.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
