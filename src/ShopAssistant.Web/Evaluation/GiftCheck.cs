using System.Globalization;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Web.Evaluation;

/// <summary>
/// Checks the product cards of a reply against a request's expectation, against the catalogue's facts (price, shelf,
/// name), not against what the card says. Returns the first constraint broken, or null when all hold.
/// </summary>
public static class GiftCheck
{
    public static string? Violation(GiftExpectation expect, IReadOnlyList<Product> shown, IReadOnlyList<Product>? previous)
    {
        if (shown.Count == 0) return "no cards";
        foreach (var p in shown)
        {
            if (expect.MaxPrice is { } max && p.PriceRmb > max) return $"maxPrice: {p.StockCode} {Amount(p.PriceRmb)} > {Amount(max)}";
            if (expect.MinPrice is { } min && p.PriceRmb < min) return $"minPrice: {p.StockCode} {Amount(p.PriceRmb)} < {Amount(min)}";
            if (expect.Categories is { } shelves && !shelves.Contains(p.CategoryId, StringComparer.OrdinalIgnoreCase))
                return $"categories: {p.StockCode} on {p.CategoryId}";
            if (expect.ExcludeCategories is { } outShelves && outShelves.Contains(p.CategoryId, StringComparer.OrdinalIgnoreCase))
                return $"excludeCategories: {p.StockCode} on {p.CategoryId}";
            if (expect.ExcludeWords?.FirstOrDefault(w => w.Length > 0 && p.Name.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } word)
                return $"excludeWords: {p.StockCode} has {word}";
            if (expect.NotStockCodes is { } codes && codes.Contains(p.StockCode, StringComparer.OrdinalIgnoreCase))
                return $"notStockCodes: {p.StockCode} shown";
        }
        if (expect.CheaperThanPrevious)
        {
            if (previous is not { Count: > 0 }) return "cheaperThanPrevious: no previous cards";
            if (shown.Max(p => p.PriceRmb) >= previous.Max(p => p.PriceRmb))
                return $"cheaperThanPrevious: dearest {Amount(shown.Max(p => p.PriceRmb))} not below {Amount(previous.Max(p => p.PriceRmb))}";
        }
        if (expect.NewAfterPrevious)
        {
            if (previous is not { Count: > 0 }) return "newAfterPrevious: no previous cards";
            if (shown.FirstOrDefault(p => previous.Any(q => q.StockCode == p.StockCode)) is { } again) return $"newAfterPrevious: {again.StockCode} again";
        }
        return null;
    }

    private static string Amount(decimal rmb) => rmb.ToString("0.##", CultureInfo.InvariantCulture);
}
