namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// The dataset README's top-N metrics for one shopper: Recall@k = hits / |truth|; NDCG@k with binary gains and
/// the ideal DCG over min(|truth|, k); HR@k = at least one hit.
/// </summary>
public static class TopNMetrics
{
    public static double Recall(IReadOnlyList<int> ranked, IReadOnlySet<int> truth, int k) =>
        truth.Count == 0 ? 0 : (double)Hits(ranked, truth, k) / truth.Count;

    public static double HitRate(IReadOnlyList<int> ranked, IReadOnlySet<int> truth, int k) =>
        Hits(ranked, truth, k) > 0 ? 1 : 0;

    public static double Ndcg(IReadOnlyList<int> ranked, IReadOnlySet<int> truth, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (truth.Contains(ranked[i])) dcg += 1 / Math.Log2(i + 2);
        }
        var ideal = 0.0;
        for (var i = 0; i < Math.Min(k, truth.Count); i++) ideal += 1 / Math.Log2(i + 2);
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static int Hits(IReadOnlyList<int> ranked, IReadOnlySet<int> truth, int k)
    {
        var hits = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (truth.Contains(ranked[i])) hits++;
        }
        return hits;
    }
}

/// <summary>Mean Recall@10, NDCG@10 and HR@10 over a set of shoppers.</summary>
public sealed record TopNScores(double Recall10, double Ndcg10, double Hr10, int Shoppers);
