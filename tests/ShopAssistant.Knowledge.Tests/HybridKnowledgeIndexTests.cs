using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>The embedded store with dense vectors fused in: it must keep every behaviour of the sparse-only store.</summary>
public sealed class HybridStoreFixture : IKnowledgeStoreFixture, IDisposable
{
    private readonly TempFolder folder = new();

    public HybridStoreFixture() =>
        Index = new EmbeddedKnowledgeIndex(
            new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = folder.Sub("index") },
            new FakeEmbeddings());

    public IKnowledgeIndex Index { get; }

    public void Dispose() => folder.Dispose();
}

public sealed class HybridKnowledgeIndexTests(HybridStoreFixture store)
    : KnowledgeIndexBehaviour(store), IClassFixture<HybridStoreFixture>
{
    [Fact] public Task Finds_the_right_script() => Finds_the_right_script_in_the_top_three();
    [Fact] public Task Language_filter() => Returns_the_requested_language_even_when_asked_in_the_other();
    [Fact] public Task Language_from_question() => Without_a_language_answers_in_the_questions_language();
    [Fact] public Task Intent_filter() => Keeps_only_scripts_of_the_requested_intent();
    [Fact] public Task Citations() => Every_hit_carries_its_citation();
    [Fact] public Task Staff_notes() => Staff_notes_are_never_shown_to_shoppers();
    [Fact] public Task Top() => Returns_at_most_top_hits();
    [Fact] public Task Bad_input() => Survives_bad_input();
}

public sealed class DenseVectorPersistenceTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Dense_vectors_are_persisted_and_a_new_embedding_model_rebuilds_the_index()
    {
        var options = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("index") };
        var first = new FakeEmbeddings("model-a");

        Assert.True(await new EmbeddedKnowledgeIndex(options, first).WarmUpAsync());
        var stored = CorpusFile.TryRead(PublishedIndex.Folder(options.IndexDirectory))!;
        Assert.Equal(stored.Scripts.Count, stored.DenseByScriptKey!.Count);
        Assert.All(stored.DenseByScriptKey.Values, v => Assert.Equal(FakeEmbeddings.Dimensions, v.Length));

        var same = new FakeEmbeddings("model-a");
        Assert.False(await new EmbeddedKnowledgeIndex(options, same).WarmUpAsync());
        Assert.Equal(0, same.Calls);

        Assert.True(await new EmbeddedKnowledgeIndex(options, new FakeEmbeddings("model-b")).WarmUpAsync());
        Assert.True(await new EmbeddedKnowledgeIndex(options).WarmUpAsync());
        Assert.Null(CorpusFile.TryRead(PublishedIndex.Folder(options.IndexDirectory))!.DenseByScriptKey);
    }

    [Fact]
    public async Task The_question_is_embedded_once_per_search_when_dense_vectors_exist()
    {
        var embeddings = new FakeEmbeddings();
        var index = new EmbeddedKnowledgeIndex(
            new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("index") }, embeddings);
        await index.WarmUpAsync();
        var before = embeddings.Calls;

        var hits = await index.SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));

        Assert.Equal(before + 1, embeddings.Calls);
        Assert.Equal("refund-timing", hits[0].ScriptId);
    }

    [Fact]
    public async Task A_failing_embeddings_endpoint_falls_back_to_the_sparse_ranking()
    {
        var embeddings = new FakeEmbeddings();
        var options = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("index") };
        var hybrid = new EmbeddedKnowledgeIndex(options, embeddings);
        await hybrid.WarmUpAsync();
        embeddings.Broken = true;

        var hits = await hybrid.SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));
        var sparse = await new EmbeddedKnowledgeIndex(new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("sparse") }).SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));

        Assert.Equal(sparse.Select(h => h.ScriptId), hits.Select(h => h.ScriptId));
    }

    [Fact]
    public async Task A_build_whose_embeddings_fail_is_sparse_only_and_asks_nothing_per_question()
    {
        var embeddings = new FakeEmbeddings { Broken = true };
        var index = new EmbeddedKnowledgeIndex(
            new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("index") }, embeddings);

        Assert.True(await index.WarmUpAsync());
        Assert.Null(CorpusFile.TryRead(PublishedIndex.Folder(temp.Sub("index")))!.DenseByScriptKey);
        embeddings.Broken = false;
        var calls = embeddings.Calls;
        var hits = await index.SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));

        Assert.Equal("refund-timing", hits[0].ScriptId);
        Assert.Equal(calls, embeddings.Calls); // no dense vectors to compare with, so the question is not embedded
    }

    [Fact]
    public async Task An_instance_waiting_for_a_job_takes_the_sparse_only_index_the_job_built_when_embeddings_failed()
    {
        var index = temp.Sub("shared");
        var job = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = index };
        await new EmbeddedKnowledgeIndex(job, new FakeEmbeddings { Broken = true }).WarmUpAsync();

        var waiting = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = index };
        waiting.Models.TrainAtStart = false;
        var embeddings = new FakeEmbeddings();
        var rebuilt = await new EmbeddedKnowledgeIndex(waiting, embeddings).WarmUpAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(rebuilt);
        Assert.Equal(0, embeddings.Calls);
    }

    [Fact]
    public async Task A_pasted_wall_of_text_is_clipped_before_it_is_embedded()
    {
        var embeddings = new FakeEmbeddings();
        var index = new EmbeddedKnowledgeIndex(
            new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("index") }, embeddings);
        await index.WarmUpAsync();
        var scriptsLongest = embeddings.LongestInput;

        await index.SearchAsync(new KnowledgeQuery(string.Concat(Enumerable.Repeat("退款 ", 5_000)), ShopLanguage.Zh));

        Assert.InRange(embeddings.LongestInput, 1, Math.Max(scriptsLongest, 1000));
    }

    public void Dispose() => temp.Dispose();
}
