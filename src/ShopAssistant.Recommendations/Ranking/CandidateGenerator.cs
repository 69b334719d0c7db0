using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// Picks the few hundred products worth scoring for a shopper: their own products (most-bought and most-recent
/// first), the products most co-purchased with theirs, and what sold to most shoppers last month. The ranker
/// then only orders these, which keeps scoring one shopper well under a few milliseconds.
/// </summary>
public sealed class CandidateGenerator(PurchaseSignals signals)
{
    public int OwnByCount { get; init; } = 100;
    public int OwnByRecency { get; init; } = 50;
    public int CoPurchased { get; init; } = 60;
    public int Popular { get; init; } = 30;

    /// <summary>
    /// Products new to the shopper from their nearest shoppers' repeat vectors and from what shares baskets with their
    /// last orders: only for "discover" — in the "all" list they pushed out own products that would have been re-bought
    /// (May 2011 development window, bench/recommender/RESULTS.md).
    /// </summary>
    public int FromNeighbours { get; init; } = 30;
    public int WithRecentOrders { get; init; } = 20;

    /// <summary>The shopper's products whose neighbours count: the most recent ones bound the cost for wholesalers.</summary>
    public int SeedLimit { get; init; } = 300;

    public List<Candidate> For(ShopperProfile shopper, bool newOnly)
    {
        var history = signals.History;
        var n = history.Products.Count;
        var sum = new float[n];
        var max = new float[n];
        var recent = new float[n];
        var best = new int[n];
        Array.Fill(best, -1);

        var seeds = shopper.Items.Count <= SeedLimit
            ? shopper.Items
            : shopper.Items.OrderByDescending(p => p.Value.Last).ThenBy(p => p.Key).Take(SeedLimit);
        foreach (var (seed, own) in seeds)
        {
            // Neighbours of what the shopper bought lately say more about their next order than old ones.
            var weight = (float)Math.Exp(-(history.AsOf - own.Last).TotalDays / 60);
            foreach (var neighbour in signals.CoPurchase.NeighboursOf(seed))
            {
                sum[neighbour.Item] += neighbour.Similarity;
                recent[neighbour.Item] += neighbour.Similarity * weight;
                if (neighbour.Similarity > max[neighbour.Item])
                {
                    max[neighbour.Item] = neighbour.Similarity;
                    best[neighbour.Item] = seed;
                }
            }
        }

        var repeatVector = signals.RepeatVectors.VectorOf(shopper.CustomerId);
        var neighbours = ShopperNeighbours.Mean(signals.RepeatVectors.Nearest(shopper.CustomerId, PurchaseSignals.RepeatNeighbours), PurchaseSignals.RepeatNeighbours, n);
        var (withLast, withRecent, inLast, lastFive) = BasketEvidence(shopper, n);

        var chosen = new HashSet<int>();
        var result = new List<Candidate>();
        void Add(int item)
        {
            if (chosen.Add(item))
            {
                result.Add(new Candidate(item, sum[item], max[item], recent[item], best[item])
                {
                    RepeatWeight = repeatVector.WeightOf(item),
                    NeighbourRepeatWeight = neighbours[item],
                    WithLastBasket = withLast[item],
                    WithRecentBaskets = withRecent[item],
                    InLastBasket = inLast[item],
                    ShareOfLastFiveBaskets = lastFive[item],
                });
            }
        }

        if (!newOnly)
        {
            foreach (var (item, _) in shopper.Items.OrderByDescending(p => p.Value.Lines).ThenByDescending(p => p.Value.Last).ThenBy(p => p.Key).Take(OwnByCount)) Add(item);
            foreach (var (item, _) in shopper.Items.OrderByDescending(p => p.Value.Last).ThenBy(p => p.Key).Take(OwnByRecency)) Add(item);
        }

        var coPurchased = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (sum[i] > 0 && !shopper.Items.ContainsKey(i)) coPurchased.Add(i);
        }
        coPurchased.Sort((a, b) => recent[b] != recent[a] ? recent[b].CompareTo(recent[a]) : a.CompareTo(b));
        foreach (var item in coPurchased.Take(newOnly ? CoPurchased : CoPurchased / 3)) Add(item);

        if (newOnly)
        {
            foreach (var item in TopNotOwned(neighbours, shopper, FromNeighbours)) Add(item);
            foreach (var item in TopNotOwned(withRecent, shopper, WithRecentOrders)) Add(item);
        }

        var popular = 0;
        foreach (var item in signals.RecentPopular)
        {
            if (popular >= (newOnly ? Popular : Popular / 3)) break;
            if (shopper.Items.ContainsKey(item)) continue;
            Add(item);
            popular++;
        }
        return result;
    }

    /// <summary>Basket-level evidence from the shopper's latest orders (dense over products).</summary>
    private (float[] WithLast, float[] WithRecent, float[] InLast, float[] LastFive) BasketEvidence(ShopperProfile shopper, int n)
    {
        var withLast = new float[n];
        var withRecent = new float[n];
        var inLast = new float[n];
        var lastFive = new float[n];
        var baskets = shopper.Baskets;
        for (var back = 1; back <= Math.Min(5, baskets.Count); back++)
        {
            var basket = baskets[^back];
            foreach (var item in basket.Items)
            {
                lastFive[item] += 1f / Math.Min(5, baskets.Count);
                if (back == 1) inLast[item] = 1;
                if (back > 3) continue;
                foreach (var neighbour in signals.InBaskets.NeighboursOf(item))
                {
                    withRecent[neighbour.Item] += neighbour.Similarity;
                    if (back == 1) withLast[neighbour.Item] += neighbour.Similarity;
                }
            }
        }
        return (withLast, withRecent, inLast, lastFive);
    }

    private static IEnumerable<int> TopNotOwned(float[] scores, ShopperProfile shopper, int count) =>
        Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0 && !shopper.Items.ContainsKey(i))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Take(count);
}
