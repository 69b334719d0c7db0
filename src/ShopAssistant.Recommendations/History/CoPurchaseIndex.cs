namespace ShopAssistant.Recommendations.History;

/// <summary>A product and how strongly it goes with another one (cosine over shoppers).</summary>
public readonly record struct Neighbour(int Item, float Similarity);

/// <summary>
/// Each product's closest co-purchased products. Keeping the top few per product (rather than the dense matrix)
/// bounds both memory and the cost of scoring one shopper, whatever the size of their history.
/// </summary>
public sealed class CoPurchaseIndex
{
    public const int DefaultNeighbours = 100;
    private readonly Neighbour[][] _neighbours;

    private CoPurchaseIndex(Neighbour[][] neighbours) => _neighbours = neighbours;

    public IReadOnlyList<Neighbour> NeighboursOf(int item) => item >= 0 && item < _neighbours.Length ? _neighbours[item] : [];

    public static CoPurchaseIndex Build(PurchaseHistory history, int neighbours = DefaultNeighbours) =>
        FromCosine(ProductSimilarity.Cosine(history), history.Products.Count, neighbours);

    public static CoPurchaseIndex BuildFromBaskets(PurchaseHistory history, int neighbours = DefaultNeighbours) =>
        FromCosine(ProductSimilarity.CosineInBaskets(history), history.Products.Count, neighbours);

    internal static CoPurchaseIndex FromCosine(float[] cosine, int n, int neighbours)
    {
        var result = new Neighbour[n][];
        var row = new List<Neighbour>(n);
        for (var i = 0; i < n; i++)
        {
            row.Clear();
            var offset = (long)i * n;
            for (var j = 0; j < n; j++)
            {
                if (j != i && cosine[offset + j] > 0) row.Add(new Neighbour(j, cosine[offset + j]));
            }
            row.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Item.CompareTo(b.Item));
            result[i] = row.Take(neighbours).ToArray();
        }
        return new CoPurchaseIndex(result);
    }
}
