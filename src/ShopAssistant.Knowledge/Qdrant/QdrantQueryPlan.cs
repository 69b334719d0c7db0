using Qdrant.Client.Grpc;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;
using static Qdrant.Client.Grpc.Conditions;

namespace ShopAssistant.Knowledge.Qdrant;

/// <summary>
/// One Query API request: the sparse prefetch, a nested dense prefetch (both language vectors fused by RRF) when the
/// question was embedded, and a weighted RRF over them — the same fusion the embedded store computes in process.
/// </summary>
internal sealed record QdrantQueryPlan(IReadOnlyList<PrefetchQuery> Prefetch, Rrf Fusion, Filter Filter)
{
    /// <summary>Null when the question has no searchable words: noise gets no answer rather than a "nearest" one.</summary>
    public static QdrantQueryPlan? For(KnowledgeQuery query, IReadOnlyDictionary<string, float> terms, float[]? denseQuestion)
    {
        if (terms.Count == 0)
            return null;
        var filter = FilterFor(query, ScriptChoice.ReplyLanguage(query));
        var (values, indices) = SparseTerms.ToSparse(terms);
        var prefetch = new List<PrefetchQuery>
        {
            new() { Query = (values, indices), Using = QdrantLayout.SparseVector, Limit = RankFusion.Depth, Filter = filter },
        };
        var fusion = new Rrf { K = RankFusion.K };
        fusion.Weights.Add(RankFusion.SparseWeight);
        if (denseQuestion is not null)
        {
            var dense = new PrefetchQuery { Query = new Rrf { K = RankFusion.K }, Limit = RankFusion.Depth, Filter = filter };
            foreach (var (_, name) in QdrantLayout.DenseVectors)
                dense.Prefetch.Add(new PrefetchQuery { Query = denseQuestion, Using = name, Limit = RankFusion.Depth, Filter = filter });
            prefetch.Add(dense);
            fusion.Weights.Add(RankFusion.DenseWeight);
        }
        return new QdrantQueryPlan(prefetch, fusion, filter);
    }

    private static Filter FilterFor(KnowledgeQuery query, ShopLanguage language)
    {
        var filter = new Filter();
        filter.Must.Add(MatchKeyword("language", language.Code()));
        if (!string.IsNullOrEmpty(query.Intent))
            filter.Must.Add(MatchKeyword("intent", query.Intent));
        if (query.Audience == KnowledgeAudience.Shopper)
            filter.Must.Add(MatchKeyword("audience", "shopper"));
        return filter;
    }
}
