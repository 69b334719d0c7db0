using ShopAssistant.Domain;
using ShopAssistant.Recommendations;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;

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
            .Where(p => filter?.CategoryId is not { } shelf || p.CategoryId == shelf)
            .Where(p => filter?.MaxPriceRmb is not { } max || p.PriceRmb <= max)
            .Where(p => filter?.MinPriceRmb is not { } min || p.PriceRmb >= min)
            .Where(p => !owned.Contains(p.StockCode))
            .Take(Math.Clamp(k, 1, 10))
            .Select(p => new ProductCard(p.StockCode, p.Name, p.PriceRmb, Reason(p, language)))
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
