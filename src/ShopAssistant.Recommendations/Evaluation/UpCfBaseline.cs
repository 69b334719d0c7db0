using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// UP-CF@r (Faggioli et al., UMAP 2020), written from the paper's description: each shopper's recency-aware
/// user popularity (the share of their last r baskets that held a product) is spread by collaborative filtering,
/// score(u, i) = Σ_v sim(u, v)^q · up_r(v, i), with the asymmetric cosine over the binary shopper × product matrix,
/// sim(u, v) = |u ∩ v| / (|u|^alpha · |v|^(1 − alpha)). The shopper is their own nearest neighbour (sim = 1), which
/// is what makes it a strong repeat-purchase method. Neighbours weighing less than 1e-6 are skipped: they cannot
/// move a top-10 whose own term weighs 1, and skipping them keeps q ≥ 5 cheap.
/// </summary>
public sealed class UpCfBaseline : IRankingMethod
{
    internal const float Negligible = 1e-6f;

    private readonly PurchaseHistory _history;
    private readonly int[] _customers;
    private readonly Dictionary<int, int> _slot = [];
    private readonly int[] _sizes;
    private readonly int[][] _buyers;
    private readonly Dictionary<int, SparseVector[]> _recentByR = [];
    private readonly int[] _popular;

    public UpCfBaseline(PurchaseHistory history, UpCfSettings settings, UpCfSettings? newSettings = null)
    {
        _history = history;
        Settings = settings;
        NewSettings = newSettings ?? settings;
        _customers = history.Shoppers.Select(s => s.CustomerId).Order().ToArray();
        for (var s = 0; s < _customers.Length; s++) _slot[_customers[s]] = s;
        _sizes = _customers.Select(c => history.Shopper(c)!.Items.Count).ToArray();
        var lists = new List<int>[history.Products.Count];
        for (var i = 0; i < lists.Length; i++) lists[i] = [];
        for (var s = 0; s < _customers.Length; s++)
        {
            foreach (var item in history.Shopper(_customers[s])!.Items.Keys) lists[item].Add(s);
        }
        _buyers = lists.Select(l => l.ToArray()).ToArray();
        _popular = PopularityBaseline.Order(history, p => p.Buyers, p => 0);
    }

    public string Name => "upCf";
    public UpCfSettings Settings { get; }
    public UpCfSettings NewSettings { get; }

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly)
    {
        var settings = newOnly ? NewSettings : Settings;
        var scores = new float[_history.Products.Count];
        Accumulate(scores, Similarities(customerId, settings.Asymmetry), settings.Locality, RecentPopularity(settings.RecentBaskets));
        return ScoredRanking.Top(scores, k, newOnly ? _history.Shopper(customerId)?.Items : null, _history, _popular);
    }

    /// <summary>(shopper slot, sim) for every shopper sharing a product with this one, the shopper included.</summary>
    internal List<(int Slot, float Similarity)> Similarities(int customerId, double alpha)
    {
        var result = new List<(int, float)>();
        if (!_slot.TryGetValue(customerId, out var self)) return result;
        var common = new int[_customers.Length];
        foreach (var item in _history.Shopper(customerId)!.Items.Keys)
        {
            foreach (var slot in _buyers[item]) common[slot]++;
        }
        var own = Math.Pow(_sizes[self], alpha);
        for (var s = 0; s < common.Length; s++)
        {
            if (common[s] > 0) result.Add((s, (float)(common[s] / (own * Math.Pow(_sizes[s], 1 - alpha)))));
        }
        return result;
    }

    internal static void Accumulate(float[] scores, List<(int Slot, float Similarity)> similarities, double q, SparseVector[] recent)
    {
        foreach (var (slot, similarity) in similarities)
        {
            var weight = (float)Math.Pow(similarity, q);
            if (weight < Negligible) continue;
            var v = recent[slot];
            for (var j = 0; j < v.Items.Length; j++) scores[v.Items[j]] += weight * v.Weights[j];
        }
    }

    /// <summary>Every shopper's up_r: the share of their last r baskets (all when r = 0) that held each product.</summary>
    internal SparseVector[] RecentPopularity(int r)
    {
        lock (_recentByR)
        {
            if (_recentByR.TryGetValue(r, out var cached)) return cached;
            var result = new SparseVector[_customers.Length];
            for (var s = 0; s < result.Length; s++)
            {
                var baskets = _history.Shopper(_customers[s])!.Baskets;
                var take = r == 0 ? baskets.Count : Math.Min(r, baskets.Count);
                var counts = new Dictionary<int, float>();
                for (var b = baskets.Count - take; b < baskets.Count; b++)
                {
                    foreach (var item in baskets[b].Items) counts[item] = counts.GetValueOrDefault(item) + 1f / take;
                }
                result[s] = SparseVector.FromDense(counts);
            }
            return _recentByR[r] = result;
        }
    }
}
