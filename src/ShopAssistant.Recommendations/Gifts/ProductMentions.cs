using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Gifts;

/// <summary>
/// The catalogue product a shopper names in their own words ("that white hanging heart t-light holder", "the jumbo bag
/// red retrospot one", "白色挂着的爱心烛台"): the product sharing the most words of its English name with the text (at least
/// two, or all of a one-word name), the closest name on a tie, then the best seller. Chinese descriptions and English
/// spellings the names do not use count through the catalogue's name words ("爱心" → HEART, "tealight" → T-LIGHT).
/// </summary>
public static partial class ProductMentions
{
    private static readonly HashSet<string> Ignored = ["THE", "AND", "WITH", "FOR", "ONE", "ONES", "THAT", "THIS", "SOME", "YOUR", "YOU", "HAVE", "ANY", "BUT", "NOT", "SET", "OF", "A"];

    public static Product? Find(string text, Catalogue catalogue)
    {
        var words = Words(text).Concat(DescribedWords.In(text, catalogue).SelectMany(meant => meant.SelectMany(Words))).ToHashSet();
        if (words.Count == 0) return null;
        Product? best = null;
        (int Shared, int Extra, int Buyers) bestScore = (0, 0, 0);
        foreach (var product in catalogue.Products)
        {
            if (product.PriceRmb <= 0) continue;
            var name = Words(product.Name).Distinct().ToList();
            if (name.Count == 0) continue;
            var shared = name.Count(words.Contains);
            if (shared < Math.Min(2, name.Count)) continue;
            var score = (shared, -(name.Count - shared), product.Buyers);
            if (best is null || score.CompareTo(bestScore) > 0) (best, bestScore) = (product, score);
        }
        return best;
    }

    // Latin words only: a Chinese shopper writes the English name inside Chinese ("有没有和white hanging heart差不多的").
    private static IEnumerable<string> Words(string text) =>
        LatinWord().Matches(text.ToUpperInvariant()).Select(m => m.Value.Trim('-'))
            .Select(w => w.Length > 3 && w.EndsWith('S') && !w.EndsWith("SS") ? w[..^1] : w)
            .Where(w => w.Length > 1 && !Ignored.Contains(w));

    [GeneratedRegex(@"[A-Z0-9][A-Z0-9'-]*")]
    private static partial Regex LatinWord();
}
