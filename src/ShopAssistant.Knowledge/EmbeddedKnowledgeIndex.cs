using Microsoft.Extensions.AI;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge;

/// <summary>
/// The default store: the whole knowledge base in process memory, persisted to a file and rebuilt only when
/// the scripts change. Sparse BM25 scores, fused by reciprocal rank with dense similarity when embeddings exist.
/// </summary>
public sealed class EmbeddedKnowledgeIndex : IKnowledgeIndex
{
    private readonly Lazy<Task<Loaded>> loaded;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddings;

    public EmbeddedKnowledgeIndex(KnowledgeOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        this.embeddings = embeddings;
        loaded = new Lazy<Task<Loaded>>(async () =>
            new Loaded(await KnowledgeSnapshot.LoadOrBuildAsync(options, embeddings, CancellationToken.None).ConfigureAwait(false)));
    }

    /// <summary>Loads (or builds) the index now rather than on the first question; true when it had to be rebuilt.</summary>
    public async Task<bool> WarmUpAsync() => (await loaded.Value.ConfigureAwait(false)).Snapshot.Rebuilt;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = await loaded.Value.WaitAsync(ct).ConfigureAwait(false);
        var top = ScriptChoice.Top(query);
        if (top == 0)
            return [];

        var language = ScriptChoice.ReplyLanguage(query);
        var sparse = state.SparseScores(query.Text);
        var candidates = state.Snapshot.Corpus.Scripts.Where(s => ScriptChoice.Allows(query, s, language)).ToList();

        var ranked = candidates
            .Select(s => (Script: s, Score: sparse.GetValueOrDefault(s.Id)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Script.Id, StringComparer.Ordinal)
            .ToList();

        var dense = state.Snapshot.Corpus.DenseByScriptKey;
        if (embeddings is not null && dense is not null && !string.IsNullOrWhiteSpace(query.Text))
            ranked = await FuseWithDenseAsync(query.Text, ranked, candidates, dense, ct).ConfigureAwait(false);

        return ranked.Take(top).Select(p => ScriptChoice.Hit(p.Script, p.Score)).ToList();
    }

    private async Task<List<(Scripts.ServiceScript Script, double Score)>> FuseWithDenseAsync(string text,
        List<(Scripts.ServiceScript Script, double Score)> sparseRanked, List<Scripts.ServiceScript> candidates,
        IReadOnlyDictionary<string, float[]> dense, CancellationToken ct)
    {
        var question = (await embeddings!.GenerateVectorAsync(text, cancellationToken: ct).ConfigureAwait(false)).ToArray();
        var denseRanked = candidates
            .Where(s => dense.ContainsKey(s.Key))
            .Select(s => (Script: s, Score: (double)Cosine(question, dense[s.Key])))
            .OrderByDescending(p => p.Score)
            .Take(RankFusion.Depth)
            .ToList();
        return RankFusion.Fuse([sparseRanked.Take(RankFusion.Depth).ToList(), denseRanked]);
    }

    private static float Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
            return 0;
        float dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / MathF.Sqrt(na * nb);
    }

    /// <summary>The snapshot plus an inverted list per term, so a question touches only topics sharing a term with it.</summary>
    private sealed class Loaded
    {
        private readonly Dictionary<string, List<(string Topic, float Weight)>> postings = new(StringComparer.Ordinal);

        public Loaded(KnowledgeSnapshot snapshot)
        {
            Snapshot = snapshot;
            foreach (var (topic, terms) in snapshot.Corpus.TopicTerms)
            {
                foreach (var (term, weight) in terms)
                {
                    if (!postings.TryGetValue(term, out var list))
                        postings[term] = list = [];
                    list.Add((topic, weight));
                }
            }
        }

        public KnowledgeSnapshot Snapshot { get; }

        public Dictionary<string, double> SparseScores(string? text)
        {
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (term, queryWeight) in Snapshot.Encoder.Encode(text))
            {
                if (!postings.TryGetValue(term, out var list))
                    continue;
                foreach (var (topic, weight) in list)
                    scores[topic] = scores.GetValueOrDefault(topic) + queryWeight * weight;
            }
            return scores;
        }
    }
}
