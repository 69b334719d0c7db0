using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// The README's "user's own purchase history": the shopper's products by line count, ties (and the rest of the
/// list) by overall popularity. For "new" it has nothing of its own left, so it is plain popularity.
/// </summary>
public sealed class OwnHistoryBaseline(PurchaseHistory history) : IRankingMethod
{
    private readonly int[] _popular = PopularityBaseline.Order(history, p => p.Buyers, p => 0);

    public string Name => "ownHistory";

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly)
    {
        var shopper = history.Shopper(customerId);
        if (shopper is null || newOnly) return PopularityBaseline.TakeSkipping(_popular, shopper?.Items, k);
        var own = shopper.Items
            .OrderByDescending(p => p.Value.Lines)
            .ThenByDescending(p => history.Products[p.Key].Buyers)
            .ThenBy(p => p.Key)
            .Select(p => p.Key)
            .Take(k)
            .ToList();
        own.AddRange(PopularityBaseline.TakeSkipping(_popular, null, k - own.Count, own));
        return own;
    }
}
