using Qdrant.Client.Grpc;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Qdrant;

/// <summary>
/// How the knowledge base is laid out in a Qdrant collection: one point per script, a named sparse vector with the
/// topic's BM25 weights, and (with embeddings) the dense vectors of both language versions of the topic, so that a
/// question in either language can be near it. Pure request building, testable without a server.
/// </summary>
internal static class QdrantLayout
{
    public const string SparseVector = "sparse";
    public const string ContentKey = "content";

    public static readonly (ShopLanguage Version, string Name)[] DenseVectors = [(ShopLanguage.Zh, "dense_zh"), (ShopLanguage.En, "dense_en")];

    /// <summary>Payload fields the store filters on, indexed as keywords.</summary>
    public static readonly string[] FilterFields = ["language", "intent", "audience", "topic_id"];

    public static CreateCollection Collection(string name, KnowledgeCorpus corpus)
    {
        var spec = new CreateCollection { CollectionName = name, SparseVectorsConfig = new SparseVectorConfig() };
        spec.SparseVectorsConfig.Map[SparseVector] = new SparseVectorParams();
        var size = corpus.DenseByScriptKey?.Values.FirstOrDefault()?.Length ?? 0;
        if (size > 0)
        {
            var map = new VectorParamsMap();
            foreach (var (_, vector) in DenseVectors)
                map.Map[vector] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine };
            spec.VectorsConfig = new VectorsConfig { ParamsMap = map };
        }
        // The content hash travels with the collection: an unchanged knowledge base is not uploaded again.
        spec.Metadata[ContentKey] = corpus.ContentHash;
        return spec;
    }

    public static PointStruct Point(ServiceScript script, KnowledgeCorpus corpus)
    {
        var (values, indices) = SparseTerms.ToSparse(corpus.TopicTerms[script.Id]);
        // Built as the current "sparse" field; the tuple conversion may still fill the deprecated data/indices pair.
        var sparse = new SparseVector();
        sparse.Values.AddRange(values);
        sparse.Indices.AddRange(indices);
        var vectors = new Dictionary<string, Vector> { [SparseVector] = new Vector { Sparse = sparse } };
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
        if (script.HandoffReason is { } handoff) point.Payload["handoff"] = handoff;
        return point;
    }

    public static KnowledgeHit Hit(ScoredPoint point)
    {
        var payload = point.Payload;
        return new KnowledgeHit(
            payload["topic_id"].StringValue,
            payload["title"].StringValue,
            payload["intent"].StringValue,
            ShopLanguages.Parse(payload["language"].StringValue),
            payload["facts"].ListValue.Values.Select(v => v.StringValue).ToList(),
            payload["answer"].StringValue,
            point.Score,
            payload.TryGetValue("handoff", out var handoff) ? handoff.StringValue : null);
    }
}
