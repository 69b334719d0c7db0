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

    /// <summary>
    /// Products around one product: <see cref="RecommendationKind.Similar"/> ("something like X": its shelf, never X) or
    /// <see cref="RecommendationKind.BoughtTogether"/> (bought in the same orders as X), within the filter.
    /// </summary>
    IReadOnlyList<ProductCard> Around(string stockCode, RecommendationKind kind, RecommendationFilter? filter, int k, ShopLanguage language);
}
