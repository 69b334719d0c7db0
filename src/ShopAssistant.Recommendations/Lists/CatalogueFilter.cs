using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Lists;

/// <summary>Whether a product passes the shopper's filter: shelf, budget and exclusions (none = everything passes).</summary>
public static class CatalogueFilter
{
    public static bool Accepts(this RecommendationFilter? filter, Product product) =>
        filter is null
        || ((filter.CategoryId is null || string.Equals(filter.CategoryId, product.CategoryId, StringComparison.OrdinalIgnoreCase))
            && (filter.CategoryIds.Count == 0 || filter.CategoryIds.Contains(product.CategoryId, StringComparer.OrdinalIgnoreCase))
            && !filter.ExcludedCategoryIds.Contains(product.CategoryId, StringComparer.OrdinalIgnoreCase)
            && !filter.ExcludedStockCodes.Contains(product.StockCode, StringComparer.OrdinalIgnoreCase)
            && (filter.NameWords.Count == 0 || filter.NameWords.Any(w => product.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            && !filter.ExcludedWords.Any(w => w.Length > 0 && product.Name.Contains(w, StringComparison.OrdinalIgnoreCase))
            && (filter.MaxPriceRmb is not { } max || product.PriceRmb <= max)
            && (filter.MinPriceRmb is not { } min || product.PriceRmb >= min));
}
