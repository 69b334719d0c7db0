namespace ShopAssistant.Recommendations.History;

/// <summary>A shopper's weights over products, sorted by product index, with its squared length kept for distances.</summary>
public sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(int[] items, float[] weights)
    {
        Items = items;
        Weights = weights;
        var sum = 0f;
        foreach (var w in weights) sum += w * w;
        LengthSquared = sum;
    }

    public int[] Items { get; }
    public float[] Weights { get; }
    public float LengthSquared { get; }

    public float WeightOf(int item)
    {
        var i = Array.BinarySearch(Items, item);
        return i >= 0 ? Weights[i] : 0;
    }

    public static SparseVector FromDense(Dictionary<int, float> weights)
    {
        var items = weights.Keys.Order().ToArray();
        return new SparseVector(items, items.Select(i => weights[i]).ToArray());
    }
}
