using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge;

/// <summary>
/// The default store: the whole knowledge base in process memory, persisted to a file and rebuilt only when
/// the scripts change. Sparse BM25 scores, fused by reciprocal rank with dense similarity when embeddings exist.
/// </summary>
public sealed class EmbeddedKnowledgeIndex : IKnowledgeIndex
{
    private readonly KnowledgeOptions options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddings;
    private readonly ILogger? logger;
    private readonly Lock gate = new();
    private Task<Loaded>? loading;

    /// <param name="logger">Told when embedding the scripts failed and the index was built sparse-only.</param>
    public EmbeddedKnowledgeIndex(KnowledgeOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, ILogger? logger = null)
    {
        this.options = options;
        this.embeddings = embeddings;
        this.logger = logger;
    }

    /// <summary>Loads (or builds) the index now rather than on the first question; true when it had to be rebuilt.</summary>
    public async Task<bool> WarmUpAsync() => (await LoadAsync().ConfigureAwait(false)).Snapshot.Rebuilt;

    /// <summary>One load shared by all callers; a failed load (say, a script with a typo) is retried by the next question.</summary>
    private Task<Loaded> LoadAsync()
    {
        lock (gate)
        {
            if (loading is null || loading.IsFaulted || loading.IsCanceled)
                loading = Task.Run(async () => new Loaded(await KnowledgeSnapshot.LoadOrBuildAsync(options, embeddings, CancellationToken.None, logger: logger).ConfigureAwait(false)));
            return loading;
        }
    }

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = await LoadAsync().WaitAsync(ct).ConfigureAwait(false);
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
        // Dense similarity always finds a "nearest" script; it only votes when the words matched something,
        // so that punctuation or noise returns nothing instead of a confident wrong answer.
        if (embeddings is not null && dense is not null && ranked.Count > 0)
            ranked = await FuseWithDenseAsync(query.Text, ranked, candidates, dense, ct).ConfigureAwait(false);

        return ranked.Take(top).Select(p => ScriptChoice.Hit(p.Script, p.Score)).ToList();
    }

    /// <summary>
    /// Dense similarity to both language versions of each topic (Qdrant's dense_zh / dense_en vectors), fused into one
    /// dense ranking, then fused with the sparse ranking by weight — the same shape as the Qdrant query.
    /// </summary>
    private async Task<List<(ServiceScript Script, double Score)>> FuseWithDenseAsync(string text,
        List<(ServiceScript Script, double Score)> sparseRanked, List<ServiceScript> candidates,
        IReadOnlyDictionary<string, float[]> dense, CancellationToken ct)
    {
        var question = await QuestionEmbedding.TryEmbedAsync(embeddings!, text, ct).ConfigureAwait(false);
        if (question is null)
            return sparseRanked;
        var byVersion = new[] { ShopLanguage.Zh, ShopLanguage.En }
            .Select(version => candidates
                .Select(s => (Script: s, Vector: dense.GetValueOrDefault(DenseKey(s, version))))
                .Where(p => p.Vector is not null)
                .Select(p => (p.Script, Score: (double)Cosine(question, p.Vector!)))
                .OrderByDescending(p => p.Score)
                .Take(RankFusion.Depth)
                .ToList())
            .ToList();
        var denseRanked = RankFusion.Fuse(byVersion).Take(RankFusion.Depth).ToList();
        return RankFusion.Fuse([sparseRanked.Take(RankFusion.Depth).ToList(), denseRanked], [RankFusion.SparseWeight, RankFusion.DenseWeight]);
    }

    private static string DenseKey(ServiceScript script, ShopLanguage version) => $"{version.Code()}/{script.Id}";

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
