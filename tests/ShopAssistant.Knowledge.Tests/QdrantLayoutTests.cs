using Qdrant.Client.Grpc;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Knowledge.Qdrant;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>The Qdrant requests as built, checked without a server (the behavioural suite needs QDRANT_URL).</summary>
public sealed class QdrantLayoutTests : IDisposable
{
    private readonly TempFolder temp = new();

    private async Task<KnowledgeSnapshot> Snapshot(bool dense) =>
        await KnowledgeSnapshot.LoadOrBuildAsync(
            new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub(dense ? "dense" : "sparse") },
            dense ? new FakeEmbeddings() : null, CancellationToken.None);

    [Fact]
    public async Task A_point_carries_its_citation_and_reads_back_as_the_same_hit()
    {
        var corpus = (await Snapshot(dense: false)).Corpus;
        var script = corpus.Scripts.Single(s => s.Key == "zh/shipping-fee");

        var point = QdrantLayout.Point(script, corpus);
        var scored = new ScoredPoint { Id = point.Id, Score = 0.5f };
        scored.Payload.Add(point.Payload);
        var hit = QdrantLayout.Hit(scored);

        Assert.Equal(new KnowledgeHit(script.Id, script.Title, script.Intent, ShopLanguage.Zh, script.FactIds, script.Answer, 0.5), hit with { FactIds = script.FactIds });
        Assert.Equal(script.FactIds, hit.FactIds);
        Assert.Equal("shopper", point.Payload["audience"].StringValue);
        Assert.Equal(QdrantLayout.Point(script, corpus).Id, point.Id);
        Assert.NotEqual(QdrantLayout.Point(corpus.Scripts.Single(s => s.Key == "en/shipping-fee"), corpus).Id, point.Id);
    }

    [Fact]
    public async Task Sparse_vectors_have_sorted_unique_indices_and_positive_weights()
    {
        var corpus = (await Snapshot(dense: false)).Corpus;

        Assert.All(corpus.Scripts, script =>
        {
            var sparse = QdrantLayout.Point(script, corpus).Vectors.Vectors_.Vectors[QdrantLayout.SparseVector].Sparse;
            var indices = sparse.Indices.ToList();
            Assert.NotEmpty(indices);
            Assert.Equal(indices.Order().Distinct(), indices);
            Assert.Equal(indices.Count, sparse.Values.Count);
            Assert.All(sparse.Values, w => Assert.True(w > 0));
        });
    }

    [Fact]
    public async Task With_embeddings_the_collection_and_points_have_both_language_dense_vectors()
    {
        var corpus = (await Snapshot(dense: true)).Corpus;

        var spec = QdrantLayout.Collection("kb", corpus);
        var point = QdrantLayout.Point(corpus.Scripts[0], corpus);

        Assert.Equal(["dense_en", "dense_zh"], spec.VectorsConfig.ParamsMap.Map.Keys.Order());
        Assert.All(spec.VectorsConfig.ParamsMap.Map.Values, v => Assert.Equal((ulong)FakeEmbeddings.Dimensions, v.Size));
        Assert.Equal(corpus.ContentHash, spec.Metadata[QdrantLayout.ContentKey].StringValue);
        Assert.Contains(QdrantLayout.SparseVector, spec.SparseVectorsConfig.Map.Keys);
        Assert.Equal(["dense_en", "dense_zh", "sparse"], point.Vectors.Vectors_.Vectors.Keys.Order());
    }

    [Fact]
    public async Task Without_embeddings_the_collection_is_sparse_only()
    {
        var corpus = (await Snapshot(dense: false)).Corpus;

        var spec = QdrantLayout.Collection("kb", corpus);

        Assert.Null(spec.VectorsConfig);
        Assert.Equal(["sparse"], QdrantLayout.Point(corpus.Scripts[0], corpus).Vectors.Vectors_.Vectors.Keys);
    }

    [Fact]
    public async Task The_query_has_one_fusion_weight_per_prefetch_and_filters_every_branch()
    {
        var snapshot = await Snapshot(dense: false);
        var query = new KnowledgeQuery("退款多久到账", ShopLanguage.En, Intents.RefundStatus);
        var terms = snapshot.Encoder.Encode(query.Text);

        var sparseOnly = QdrantQueryPlan.For(query, terms, null)!;
        var hybrid = QdrantQueryPlan.For(query, terms, new float[8])!;

        Assert.Single(sparseOnly.Prefetch);
        Assert.Single(sparseOnly.Fusion.Weights);
        Assert.Equal(2, hybrid.Prefetch.Count);
        Assert.Equal(2, hybrid.Fusion.Weights.Count);
        Assert.Equal(2, hybrid.Prefetch[1].Prefetch.Count);
        Assert.Equal(["dense_zh", "dense_en"], hybrid.Prefetch[1].Prefetch.Select(p => p.Using));
        var conditions = hybrid.Filter.Must.Select(c => (c.Field.Key, c.Field.Match.Keyword)).ToList();
        Assert.Equal([("language", "en"), ("intent", "refund_status"), ("audience", "shopper")], conditions);
        Assert.All(hybrid.Prefetch.Concat(hybrid.Prefetch[1].Prefetch), p => Assert.Equal(hybrid.Filter, p.Filter));
    }

    [Fact]
    public async Task Staff_queries_are_not_limited_to_shopper_scripts_and_noise_plans_no_query()
    {
        var snapshot = await Snapshot(dense: false);
        var staff = new KnowledgeQuery("CSAT target", ShopLanguage.En, Audience: KnowledgeAudience.Staff);

        var plan = QdrantQueryPlan.For(staff, snapshot.Encoder.Encode(staff.Text), null)!;

        Assert.DoesNotContain(plan.Filter.Must, c => c.Field.Key == "audience");
        Assert.Null(QdrantQueryPlan.For(new KnowledgeQuery("？？？"), snapshot.Encoder.Encode("？？？"), null));
    }

    public void Dispose() => temp.Dispose();
}
