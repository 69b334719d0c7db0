using ShopAssistant.Domain;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Assistant.Suggestions;

/// <summary>
/// Where product suggestions come from. The port the recommender is adapted to; until then, popular items.
/// customerId: a known shopper (their own purchases are left out); the filter: a shelf id from data/categories.json and
/// a budget (lowest and highest price in RMB), as <see cref="RecommendationFilterParser"/> reads them from a request.
/// </summary>
public interface IProductSuggestions
{
    IReadOnlyList<ProductCard> Suggest(int? customerId, RecommendationFilter? filter, int k, ShopLanguage language);
}
