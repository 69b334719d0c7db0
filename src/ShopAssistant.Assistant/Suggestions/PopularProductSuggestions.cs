using ShopAssistant.Domain;
using ShopAssistant.Recommendations;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations.Lists;

namespace ShopAssistant.Assistant.Suggestions;

/// <summary>The catalogue's most-bought items, filtered by shelf and budget, leaving out what the shopper already owns.</summary>
public sealed class PopularProductSuggestions : IProductSuggestions
{
    private readonly DemoShopData _shop;
    private readonly IReadOnlyList<Product> _byPopularity;

    public PopularProductSuggestions(DemoShopData shop)
    {
        _shop = shop;
        // Postage, fees and free samples are lines in the source, not things to suggest.
        _byPopularity = shop.Catalogue.Products
            .Where(p => p.PriceRmb > 0 && p.Buyers > 0 && p.StockCode.Any(char.IsDigit))
            .OrderByDescending(p => p.Buyers).ThenBy(p => p.StockCode, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<ProductCard> Suggest(int? customerId, RecommendationFilter? filter, int k, ShopLanguage language)
    {
        SuggestionSource.Record(SuggestionSource.Popular, modelReady: false);
        var owned = customerId is { } id
            ? _shop.OrdersOf(id).SelectMany(o => o.Lines).Select(l => l.StockCode).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return _byPopularity
            .Where(p => filter.Accepts(p))
            .Where(p => !owned.Contains(p.StockCode))
            .Take(Math.Clamp(k, 1, 10))
            .Select(p => new ProductCard(p.StockCode, p.Name, p.PriceRmb, Reason(p, language)))
            .ToList();
    }

    /// <summary>
    /// Without the recommender's history: "like X" is X's shelf, products sharing words of its name first; nothing is
    /// claimed to be bought together.
    /// </summary>
    public IReadOnlyList<ProductCard> Around(string stockCode, RecommendationKind kind, RecommendationFilter? filter, int k, ShopLanguage language)
    {
        SuggestionSource.Record(SuggestionSource.Popular, modelReady: false);
        if (kind != RecommendationKind.Similar || _shop.Catalogue.Find(stockCode) is not { } named) return [];
        var words = named.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToHashSet();
        var like = (filter ?? new RecommendationFilter()) with { CategoryId = named.CategoryId, CategoryIds = [] };
        return _byPopularity
            .Where(p => p.StockCode != named.StockCode && like.Accepts(p))
            .OrderByDescending(p => p.Name.Split(' ').Count(words.Contains))
            .Take(Math.Clamp(k, 1, 10))
            .Select(p => new ProductCard(p.StockCode, p.Name, p.PriceRmb, language == ShopLanguage.Zh ? $"与 {named.Name} 相似：同一货架" : $"like {named.Name}: same shelf"))
            .ToList();
    }

    private string Reason(Product p, ShopLanguage language)
    {
        var shelf = _shop.Catalogue.CategoryOf(p).Name(language);
        return language == ShopLanguage.Zh
            ? $"{shelf}热销：{p.Buyers} 位顾客买过"
            : $"Popular in {shelf}: bought by {p.Buyers} shoppers";
    }
}
