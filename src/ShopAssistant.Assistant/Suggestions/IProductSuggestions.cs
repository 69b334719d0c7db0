using ShopAssistant.Domain;

namespace ShopAssistant.Assistant.Suggestions;

/// <summary>
/// Where product suggestions come from. The port the recommender is adapted to; until then, popular items.
/// customerId: a known shopper (their own purchases are left out); categoryId: a shelf id from data/categories.json.
/// </summary>
public interface IProductSuggestions
{
    IReadOnlyList<ProductCard> Suggest(int? customerId, string? categoryId, decimal? maxPriceRmb, int k, ShopLanguage language);
}
