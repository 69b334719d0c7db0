using ShopAssistant.Knowledge.Analysis;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// BM25 computed once at ingestion and stored in the document vectors (idf × saturated tf), so that scoring a
/// question is a plain dot product — the same number whether the embedded index or Qdrant's sparse vectors do it.
/// </summary>
internal static class Bm25Weighting
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Titles and tags are where a script names its topic, so they count more than the answer text.</summary>
    private const int TitleBoost = 2;
    private const int TagBoost = 2;

    public static Dictionary<string, IReadOnlyDictionary<string, float>> Weigh(IEnumerable<ServiceScript> scripts, ShopAnalyzer analyzer)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            if (!counts.TryGetValue(script.Id, out var tf))
                counts[script.Id] = tf = new Dictionary<string, int>(StringComparer.Ordinal);
            Add(tf, analyzer.Terms(script.Title), TitleBoost);
            foreach (var tag in script.Tags)
                Add(tf, analyzer.Terms(tag), TagBoost);
            Add(tf, analyzer.Terms(script.Answer), 1);
        }

        var documents = counts.Count;
        var averageLength = counts.Values.Average(tf => (double)tf.Values.Sum());
        var documentFrequency = counts.Values.SelectMany(tf => tf.Keys).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

        var weighted = new Dictionary<string, IReadOnlyDictionary<string, float>>(StringComparer.Ordinal);
        foreach (var (topic, tf) in counts)
        {
            var length = tf.Values.Sum();
            var norm = K1 * (1 - B + B * length / averageLength);
            weighted[topic] = tf.ToDictionary(
                kv => kv.Key,
                kv =>
                {
                    var df = documentFrequency[kv.Key];
                    var idf = Math.Log(1 + (documents - df + 0.5) / (df + 0.5));
                    return (float)(idf * kv.Value * (K1 + 1) / (kv.Value + norm));
                },
                StringComparer.Ordinal);
        }
        return weighted;
    }

    private static void Add(Dictionary<string, int> tf, List<string> terms, int boost)
    {
        foreach (var term in terms)
            tf[term] = tf.GetValueOrDefault(term) + boost;
    }
}
