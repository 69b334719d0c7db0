using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Lists;

/// <summary>Whether a product passes the shopper's shelf and budget filter (none = everything passes).</summary>
internal static class CatalogueFilter
{
    public static bool Accepts(this RecommendationFilter? filter, Product product) =>
        filter is null
        || ((filter.CategoryId is null || string.Equals(filter.CategoryId, product.CategoryId, StringComparison.OrdinalIgnoreCase))
            && (filter.MaxPriceRmb is not { } max || product.PriceRmb <= max)
            && (filter.MinPriceRmb is not { } min || product.PriceRmb >= min));
}
