using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// The README's popularity baselines: "most popular" ranks by distinct buyers before the cut-off; "recent popular"
/// by distinct buyers in the last calendar month before it (ties by overall buyers).
/// </summary>
public sealed class PopularityBaseline : IRankingMethod
{
    private readonly PurchaseHistory _history;
    private readonly int[] _order;

    private PopularityBaseline(string name, PurchaseHistory history, int[] order)
    {
        Name = name;
        _history = history;
        _order = order;
    }

    public string Name { get; }

    public static PopularityBaseline MostPopular(PurchaseHistory history) =>
        new("popular", history, Order(history, p => p.Buyers, p => 0));

    public static PopularityBaseline RecentPopular(PurchaseHistory history) =>
        new("recentPopular", history, Order(history, p => p.BuyersLastMonth, p => p.Buyers));

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly) =>
        TakeSkipping(_order, newOnly ? _history.Shopper(customerId)?.Items : null, k);

    internal static int[] Order(PurchaseHistory history, Func<ProductStats, int> first, Func<ProductStats, int> then) =>
        Enumerable.Range(0, history.Products.Count)
            .OrderByDescending(i => first(history.Products[i]))
            .ThenByDescending(i => then(history.Products[i]))
            .ThenBy(i => i)
            .ToArray();

    internal static List<int> TakeSkipping(IEnumerable<int> order, IReadOnlyDictionary<int, OwnPurchase>? skip, int k, ICollection<int>? alreadyTaken = null)
    {
        var result = new List<int>(k);
        foreach (var item in order)
        {
            if (result.Count >= k) break;
            if (skip is not null && skip.ContainsKey(item)) continue;
            if (alreadyTaken is not null && alreadyTaken.Contains(item)) continue;
            result.Add(item);
        }
        return result;
    }
}
