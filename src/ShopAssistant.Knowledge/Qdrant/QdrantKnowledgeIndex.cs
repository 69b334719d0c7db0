using Microsoft.Extensions.AI;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;
using ShopAssistant.Knowledge.Scripts;
using static Qdrant.Client.Grpc.Conditions;

namespace ShopAssistant.Knowledge.Qdrant;

/// <summary>
/// The scaled-out store: one point per script with a named sparse vector (the topic's BM25 weights) and, when an
/// embedding generator is registered, a named dense vector. Language, intent and audience are payload filters;
/// the Query API prefetches sparse (and dense) candidates and fuses them with RRF. The collection is recreated
/// only when the scripts' content hash, kept in the collection metadata, differs.
/// </summary>
public sealed class QdrantKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private const string SparseVector = "sparse";
    /// <summary>Each point carries the embeddings of both language versions of its topic, so either can be near the question.</summary>
    private static readonly (ShopLanguage Version, string Name)[] DenseVectors = [(ShopLanguage.Zh, "dense_zh"), (ShopLanguage.En, "dense_en")];
    private const string ContentKey = "content";

    private readonly QdrantClient client;
    private readonly KnowledgeOptions options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddings;
    private readonly Lock gate = new();
    private Task<KnowledgeSnapshot>? preparing;

    public QdrantKnowledgeIndex(KnowledgeOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        this.options = options;
        this.embeddings = embeddings;
        var endpoint = options.QdrantEndpoint ?? throw new ArgumentException($"{KnowledgeOptions.QdrantEndpointKey} is not set", nameof(options));
        client = new QdrantClient(endpoint, options.QdrantApiKey);
    }

    /// <summary>Makes sure the collection holds the current scripts; true when it had to be (re)loaded.</summary>
    public async Task<bool> WarmUpAsync() => (await ReadyAsync().ConfigureAwait(false)).Rebuilt;

    /// <summary>One preparation shared by all callers; a failed one (server down at start) is retried by the next question.</summary>
    private Task<KnowledgeSnapshot> ReadyAsync()
    {
        lock (gate)
        {
            if (preparing is null || preparing.IsFaulted || preparing.IsCanceled)
                preparing = Task.Run(() => PrepareAsync(CancellationToken.None));
            return preparing;
        }
    }

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await ReadyAsync().WaitAsync(ct).ConfigureAwait(false);
        var top = ScriptChoice.Top(query);
        if (top == 0)
            return [];

        var filter = Filter(query, ScriptChoice.ReplyLanguage(query));
        var prefetch = new List<PrefetchQuery>();
        var terms = snapshot.Encoder.Encode(query.Text);
        if (terms.Count > 0)
        {
            var (values, indices) = SparseTerms.ToSparse(terms);
            prefetch.Add(new PrefetchQuery { Query = (values, indices), Using = SparseVector, Limit = RankFusion.Depth, Filter = filter });
        }
        // Dense similarity always finds a "nearest" script; only let it vote when the words matched something,
        // so that punctuation or noise returns nothing instead of a confident wrong answer.
        var weights = new List<float> { RankFusion.SparseWeight };
        if (prefetch.Count > 0 && embeddings is not null && snapshot.Corpus.DenseByScriptKey is not null)
        {
            var vector = (await embeddings.GenerateVectorAsync(query.Text, cancellationToken: ct).ConfigureAwait(false)).ToArray();
            var dense = new PrefetchQuery { Query = new Rrf { K = RankFusion.K }, Limit = RankFusion.Depth, Filter = filter };
            foreach (var (_, name) in DenseVectors)
                dense.Prefetch.Add(new PrefetchQuery { Query = vector, Using = name, Limit = RankFusion.Depth, Filter = filter });
            prefetch.Add(dense);
            weights.Add(RankFusion.DenseWeight);
        }
        if (prefetch.Count == 0)
            return [];

        var fusion = new Rrf { K = RankFusion.K };
        fusion.Weights.AddRange(weights);
        var points = await client.QueryAsync(options.QdrantCollection, query: fusion, prefetch: prefetch, filter: filter,
            limit: (ulong)top, payloadSelector: true, cancellationToken: ct).ConfigureAwait(false);
        return points.Select(ToHit).ToList();
    }

    private static Filter Filter(KnowledgeQuery query, ShopLanguage language)
    {
        var filter = new Filter();
        filter.Must.Add(MatchKeyword("language", language.Code()));
        if (!string.IsNullOrEmpty(query.Intent))
            filter.Must.Add(MatchKeyword("intent", query.Intent));
        if (query.Audience == KnowledgeAudience.Shopper)
            filter.Must.Add(MatchKeyword("audience", "shopper"));
        return filter;
    }

    private static KnowledgeHit ToHit(ScoredPoint point)
    {
        var payload = point.Payload;
        return new KnowledgeHit(
            payload["topic_id"].StringValue,
            payload["title"].StringValue,
            payload["intent"].StringValue,
            ShopLanguages.Parse(payload["language"].StringValue),
            payload["facts"].ListValue.Values.Select(v => v.StringValue).ToList(),
            payload["answer"].StringValue,
            point.Score);
    }

    private async Task<KnowledgeSnapshot> PrepareAsync(CancellationToken ct)
    {
        var snapshot = await KnowledgeSnapshot.LoadOrBuildAsync(options, embeddings, ct).ConfigureAwait(false);
        var corpus = snapshot.Corpus;
        if (await client.CollectionExistsAsync(options.QdrantCollection, ct).ConfigureAwait(false))
        {
            var info = await client.GetCollectionInfoAsync(options.QdrantCollection, ct).ConfigureAwait(false);
            if (info.Config.Metadata.TryGetValue(ContentKey, out var content) && content.StringValue == corpus.ContentHash)
                return snapshot;
            await client.DeleteCollectionAsync(options.QdrantCollection, cancellationToken: ct).ConfigureAwait(false);
        }

        await client.CreateCollectionAsync(CollectionSpec(corpus), ct).ConfigureAwait(false);
        foreach (var field in new[] { "language", "intent", "audience", "topic_id" })
        {
            await client.CreatePayloadIndexAsync(options.QdrantCollection, field, PayloadSchemaType.Keyword, cancellationToken: ct)
                .ConfigureAwait(false);
        }
        var points = corpus.Scripts.Select(script => ToPoint(script, corpus)).ToList();
        await client.UpsertAsync(options.QdrantCollection, points, wait: true, cancellationToken: ct).ConfigureAwait(false);
        return snapshot;
    }

    private CreateCollection CollectionSpec(KnowledgeCorpus corpus)
    {
        var spec = new CreateCollection { CollectionName = options.QdrantCollection };
        spec.SparseVectorsConfig = new SparseVectorConfig();
        spec.SparseVectorsConfig.Map[SparseVector] = new SparseVectorParams();
        var size = corpus.DenseByScriptKey?.Values.FirstOrDefault()?.Length ?? 0;
        if (size > 0)
        {
            var map = new VectorParamsMap();
            foreach (var (_, name) in DenseVectors)
                map.Map[name] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine };
            spec.VectorsConfig = new VectorsConfig { ParamsMap = map };
        }
        spec.Metadata[ContentKey] = corpus.ContentHash;
        return spec;
    }

    private static PointStruct ToPoint(ServiceScript script, KnowledgeCorpus corpus)
    {
        var vectors = new Dictionary<string, Vector> { [SparseVector] = SparseTerms.ToSparse(corpus.TopicTerms[script.Id]) };
        foreach (var (version, name) in DenseVectors)
        {
            if (corpus.DenseByScriptKey?.TryGetValue($"{version.Code()}/{script.Id}", out var dense) == true)
                vectors[name] = dense;
        }
        var point = new PointStruct { Id = StableHash.Of(script.Key, "knowledge-point"), Vectors = vectors };
        point.Payload["topic_id"] = script.Id;
        point.Payload["script_key"] = script.Key;
        point.Payload["language"] = script.Language.Code();
        point.Payload["intent"] = script.Intent;
        point.Payload["audience"] = script.ForStaff ? "staff" : "shopper";
        point.Payload["title"] = script.Title;
        point.Payload["answer"] = script.Answer;
        point.Payload["facts"] = script.FactIds.ToArray();
        return point;
    }

    public void Dispose() => client.Dispose();
}
