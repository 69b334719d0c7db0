using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// Weighted reciprocal rank fusion, score = Σ weight / (k + rank), the rule Qdrant applies server-side, so both stores
/// fuse alike. The lexical ranking weighs more than the dense one: the analyser and synonyms are tuned to this shop,
/// while embeddings are a general-purpose model that mainly lifts paraphrases the words miss.
/// </summary>
internal static class RankFusion
{
    /// <summary>How many candidates each ranking contributes.</summary>
    public const int Depth = 20;

    public const int K = 60;
    public const float SparseWeight = 1f;
    public const float DenseWeight = 0.5f;

    public static List<(ServiceScript Script, double Score)> Fuse(IReadOnlyList<List<(ServiceScript Script, double Score)>> rankings,
        IReadOnlyList<float>? weights = null)
    {
        var fused = new Dictionary<string, (ServiceScript Script, double Score)>(StringComparer.Ordinal);
        for (var list = 0; list < rankings.Count; list++)
        {
            var ranking = rankings[list];
            var weight = weights?[list] ?? 1f;
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var script = ranking[rank].Script;
                var previous = fused.TryGetValue(script.Key, out var p) ? p.Score : 0;
                fused[script.Key] = (script, previous + weight / (K + rank + 1.0));
            }
        }
        return fused.Values.OrderByDescending(p => p.Score).ThenBy(p => p.Script.Id, StringComparer.Ordinal).ToList();
    }
}
