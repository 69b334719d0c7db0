using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Qdrant;

/// <summary>
/// Qdrant sparse vectors are indexed by uint; a stable hash of the term gives the same index on every machine
/// and needs no shared vocabulary file. Colliding terms simply add up.
/// </summary>
internal static class SparseTerms
{
    public static (float[] Values, uint[] Indices) ToSparse(IEnumerable<KeyValuePair<string, float>> weights)
    {
        var merged = new SortedDictionary<uint, float>();
        foreach (var (term, weight) in weights)
        {
            var index = (uint)(StableHash.Of(term, "knowledge-term") & 0xFFFF_FFFF);
            merged[index] = merged.GetValueOrDefault(index) + weight;
        }
        return (merged.Values.ToArray(), merged.Keys.ToArray());
    }
}
