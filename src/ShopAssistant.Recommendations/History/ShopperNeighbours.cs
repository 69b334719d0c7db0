namespace ShopAssistant.Recommendations.History;

/// <summary>
/// Nearest shoppers by Euclidean distance between their vectors (TIFU-KNN's neighbourhood). Dot products come
/// from per-product lists of who bought it, so a query costs the buyers of the shopper's own products, not
/// shoppers × products; shoppers with nothing in common are still ranked (by their lengths alone), as the
/// distance says.
/// </summary>
public sealed class ShopperNeighbours
{
    private readonly int[] _customers;
    private readonly SparseVector[] _vectors;
    private readonly Dictionary<int, int> _slot = [];
    private readonly (int Slot, float Weight)[][] _buyers;

    public ShopperNeighbours(IReadOnlyDictionary<int, SparseVector> vectors, int products)
    {
        _customers = vectors.Keys.Order().ToArray();
        _vectors = _customers.Select(c => vectors[c]).ToArray();
        for (var s = 0; s < _customers.Length; s++) _slot[_customers[s]] = s;
        var lists = new List<(int, float)>[products];
        for (var i = 0; i < products; i++) lists[i] = [];
        for (var s = 0; s < _vectors.Length; s++)
        {
            var v = _vectors[s];
            for (var j = 0; j < v.Items.Length; j++) lists[v.Items[j]].Add((s, v.Weights[j]));
        }
        _buyers = lists.Select(l => l.ToArray()).ToArray();
    }

    private SparseVector[][]? _nearest;

    /// <summary>
    /// Finds every shopper's <paramref name="k"/> nearest once (about a second for the whole shop), so that ranking a
    /// shopper later reads a list instead of computing distances to everyone: it keeps scoring within budget.
    /// </summary>
    public ShopperNeighbours WithNearestKept(int k)
    {
        var nearest = new SparseVector[_customers.Length][];
        for (var s = 0; s < nearest.Length; s++) nearest[s] = Search(s, k);
        _nearest = nearest;
        return this;
    }

    public SparseVector VectorOf(int customerId) => _slot.TryGetValue(customerId, out var s) ? _vectors[s] : SparseVector.Empty;

    /// <summary>The <paramref name="k"/> nearest other shoppers, nearest first.</summary>
    public IReadOnlyList<SparseVector> Nearest(int customerId, int k)
    {
        if (!_slot.TryGetValue(customerId, out var self)) return [];
        if (_nearest is not null && _nearest[self].Length >= Math.Min(k, _vectors.Length - 1))
            return k >= _nearest[self].Length ? _nearest[self] : new ArraySegment<SparseVector>(_nearest[self], 0, k);
        return Search(self, k);
    }

    private SparseVector[] Search(int self, int k)
    {
        var query = _vectors[self];
        var dot = new float[_vectors.Length];
        for (var j = 0; j < query.Items.Length; j++)
        {
            var w = query.Weights[j];
            foreach (var (slot, weight) in _buyers[query.Items[j]]) dot[slot] += w * weight;
        }
        var distance = new float[_vectors.Length];
        var order = new int[_vectors.Length];
        for (var s = 0; s < distance.Length; s++)
        {
            distance[s] = s == self ? float.PositiveInfinity : query.LengthSquared + _vectors[s].LengthSquared - 2 * dot[s];
            order[s] = s;
        }
        // Sorting the keys with the slots is several times faster than a comparison delegate; equal distances keep
        // a fixed (if arbitrary) order, so runs repeat.
        Array.Sort(distance, order);
        var take = Math.Min(k, _vectors.Length - 1);
        var result = new SparseVector[take];
        for (var i = 0; i < take; i++) result[i] = _vectors[order[i]];
        return result;
    }

    /// <summary>The mean of the given vectors, as a dense array over products.</summary>
    public static float[] Mean(IReadOnlyList<SparseVector> vectors, int count, int products)
    {
        var mean = new float[products];
        var n = Math.Min(count, vectors.Count);
        for (var v = 0; v < n; v++)
        {
            var vector = vectors[v];
            for (var j = 0; j < vector.Items.Length; j++) mean[vector.Items[j]] += vector.Weights[j] / n;
        }
        return mean;
    }
}
