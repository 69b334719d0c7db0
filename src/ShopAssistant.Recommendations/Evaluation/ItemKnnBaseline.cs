using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// The README's item-kNN: score(u, i) = Σ over the shopper's products j of cosine(i, j), full neighbourhood,
/// binary matrix, a product's similarity to itself left out (that is what reproduces the README's 0.0751 on
/// "all"; with it, every own product gets +1 and the method turns into a repeat-purchase ranker); ties by
/// popularity. For "new" the shopper's products are removed from the ranking.
/// </summary>
public sealed class ItemKnnBaseline(PurchaseHistory history) : IRankingMethod
{
    private readonly float[] _cosine = ProductSimilarity.Cosine(history);
    private readonly int _n = history.Products.Count;

    public string Name => "itemKnn";

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly)
    {
        var shopper = history.Shopper(customerId);
        var scores = new float[_n];
        if (shopper is not null)
        {
            foreach (var j in shopper.Items.Keys)
            {
                var row = (long)j * _n;
                for (var i = 0; i < _n; i++) scores[i] += _cosine[row + i];
                scores[j] -= _cosine[row + j];
            }
        }
        var order = Enumerable.Range(0, _n)
            .OrderByDescending(i => scores[i])
            .ThenByDescending(i => history.Products[i].Buyers)
            .ThenBy(i => i);
        return PopularityBaseline.TakeSkipping(order, newOnly ? shopper?.Items : null, k);
    }
}
