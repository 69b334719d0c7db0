using ShopAssistant.Domain;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Assistant.Suggestions;

/// <summary>
/// The recommender behind the suggestions port: "discover" for a known shopper (things they have not bought),
/// the recent-popularity list for everyone else, both filtered by shelf and budget.
/// </summary>
public sealed class RecommenderSuggestions(IRecommender recommender) : IProductSuggestions
{
    public IReadOnlyList<ProductCard> Suggest(int? customerId, string? categoryId, decimal? maxPriceRmb, int k, ShopLanguage language)
    {
        var filter = categoryId is null && maxPriceRmb is null ? null : new RecommendationFilter(categoryId, maxPriceRmb);
        var kind = customerId is null ? RecommendationKind.Popular : RecommendationKind.Discover;
        return recommender.Recommend(new RecommendationRequest(kind, customerId, null, k, filter))
            .Select(r => new ProductCard(r.StockCode, r.Name, r.PriceRmb, language == ShopLanguage.Zh ? r.ReasonZh : r.ReasonEn))
            .ToList();
    }
}
