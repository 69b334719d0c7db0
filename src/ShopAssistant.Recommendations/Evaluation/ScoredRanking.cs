using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// Turns a dense score per product into a top-k list: positive scores first (ties by buyers, then index), the rest
/// of the list from the popularity order, the shopper's own products skipped when asked.
/// </summary>
internal static class ScoredRanking
{
    public static List<int> Top(float[] scores, int k, IReadOnlyDictionary<int, OwnPurchase>? skip, PurchaseHistory history, IReadOnlyList<int> popular)
    {
        var best = new List<int>(k + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0 || (skip is not null && skip.ContainsKey(i))) continue;
            if (best.Count == k && !Before(i, best[^1], scores, history)) continue;
            var at = best.Count;
            while (at > 0 && Before(i, best[at - 1], scores, history)) at--;
            best.Insert(at, i);
            if (best.Count > k) best.RemoveAt(k);
        }
        if (best.Count < k) best.AddRange(PopularityBaseline.TakeSkipping(popular, skip, k - best.Count, best));
        return best;
    }

    private static bool Before(int a, int b, float[] scores, PurchaseHistory history)
    {
        if (scores[a] != scores[b]) return scores[a] > scores[b];
        var buyers = history.Products[a].Buyers.CompareTo(history.Products[b].Buyers);
        return buyers != 0 ? buyers > 0 : a < b;
    }
}
