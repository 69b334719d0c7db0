using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>Reciprocal rank fusion, the same rule Qdrant applies server-side, so both stores fuse alike.</summary>
internal static class RankFusion
{
    /// <summary>How many candidates each ranking contributes.</summary>
    public const int Depth = 20;

    private const double K = 60;

    public static List<(ServiceScript Script, double Score)> Fuse(IEnumerable<List<(ServiceScript Script, double Score)>> rankings)
    {
        var fused = new Dictionary<string, (ServiceScript Script, double Score)>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var script = ranking[rank].Script;
                var previous = fused.TryGetValue(script.Key, out var p) ? p.Score : 0;
                fused[script.Key] = (script, previous + 1 / (K + rank + 1));
            }
        }
        return fused.Values.OrderByDescending(p => p.Score).ThenBy(p => p.Script.Id, StringComparer.Ordinal).ToList();
    }
}
