using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Knowledge;
using ShopAssistant.Testing;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// Issue 14 item 7: with ShopAssistant:Llm:EmbeddingModel the index is built dense + sparse from the configured
/// endpoint and questions are embedded there, through the same gate as the chat model; when the embeddings endpoint
/// fails or hangs, shoppers are still answered (by words alone) within the turn budget. Against the scripted
/// OpenAI-compatible server on loopback, in its real embeddings wire format.
/// </summary>
public sealed class EmbeddingsTests : IDisposable
{
    private const string EmbeddingModel = "scripted-embed";
    private static readonly string Shipping = ScriptedModel.Answer("Shipping is free on orders of ¥99 or more [shipping-fee].");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shopassistant-embeddings-" + Guid.NewGuid().ToString("N"));

    private KnowledgeOptions Knowledge => new() { IndexDirectory = Path.Combine(_folder, "index") };

    private static ShopModel Model(ScriptedModel server, ModelResilienceOptions? resilience = null, double embeddingTimeoutSeconds = 1.5) =>
        new(new LlmOptions
        {
            Endpoint = server.Endpoint, ApiKey = "k", Model = "scripted", EmbeddingModel = EmbeddingModel,
            EmbeddingTimeoutSeconds = embeddingTimeoutSeconds,
        }, gate: new ModelGate(resilience ?? new ModelResilienceOptions()));

    /// <summary>The key the published index was built under (what decides whether a restart rebuilds it).</summary>
    private string PublishedIdentity() =>
        File.ReadAllText(Directory.GetFiles(Knowledge.IndexDirectory, ArtefactFolder.KeyFile, SearchOption.AllDirectories).Single());

    [Fact]
    public async Task Ingest_builds_the_index_dense_and_sparse_in_one_embeddings_request_named_after_the_model()
    {
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(ScriptedModel.Ok(Shipping)));
        var output = new StringWriter();

        var exit = await KnowledgeCommands.IngestAsync([], output, Knowledge, ShopEmbeddings.Create(Model(server)));

        Assert.Equal(0, exit);
        Assert.Contains($"dense + sparse (embeddings openai/{EmbeddingModel})", output.ToString());
        Assert.EndsWith($"|openai/{EmbeddingModel}", PublishedIdentity());
        var request = Assert.Single(server.EmbeddingRequests);
        Assert.Equal(EmbeddingModel, (string?)request["model"]);
        Assert.True(server.EmbeddedTexts.Count > 20, $"only {server.EmbeddedTexts.Count} scripts embedded");
        Assert.Empty(server.Requests); // no chat call for an index build
    }

    [Fact]
    public async Task A_question_sends_one_embeddings_request_and_finds_the_right_script()
    {
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(ScriptedModel.Ok(Shipping)));
        var index = new EmbeddedKnowledgeIndex(Knowledge, ShopEmbeddings.Create(Model(server)));
        await index.WarmUpAsync();
        var afterBuild = server.EmbeddingRequests.Count;

        var hits = await index.SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));

        Assert.Equal(afterBuild + 1, server.EmbeddingRequests.Count);
        Assert.Equal("退款多久到账", server.EmbeddedTexts[^1]);
        // The scripted vectors are a bag of words, not a language model: the right script must be among the three shown.
        Assert.Contains("refund-timing", hits.Take(3).Select(h => h.ScriptId));
    }

    [Fact]
    public async Task An_index_build_whose_embeddings_fail_is_sparse_only_says_so_and_the_next_build_tries_again()
    {
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(ScriptedModel.Ok(Shipping)));
        server.Embeddings = (_, _) => Task.FromResult(ScriptedModel.ServerError());
        var output = new StringWriter();

        Assert.Equal(0, await KnowledgeCommands.IngestAsync([], output, Knowledge, ShopEmbeddings.Create(Model(server))));
        Assert.Contains("sparse only", output.ToString());
        Assert.Contains("warning: Embedding the knowledge base", output.ToString());
        Assert.EndsWith("|sparse-only", PublishedIdentity());

        server.Embeddings = (request, _) => Task.FromResult(ScriptedModel.Ok(ScriptedModel.Vectors(request)));
        var again = new StringWriter();
        Assert.Equal(0, await KnowledgeCommands.IngestAsync([], again, Knowledge, ShopEmbeddings.Create(Model(server))));
        Assert.Contains("index rebuilt", again.ToString());
        Assert.Contains("dense + sparse", again.ToString());
    }

    public static TheoryData<string> Failures => ["500", "hang"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task With_the_embeddings_endpoint_failing_every_turn_is_answered_by_words_alone_within_the_budget(string failure)
    {
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(ScriptedModel.Ok(Shipping)));
        var resilience = new ModelResilienceOptions { TurnBudgetSeconds = 3, ModelShareOfTurn = 1 };
        var model = Model(server, resilience, embeddingTimeoutSeconds: 0.5);
        var index = new EmbeddedKnowledgeIndex(Knowledge, ShopEmbeddings.Create(model));
        await index.WarmUpAsync(); // built dense + sparse while the endpoint was well
        _ = TestShop.Offline; // the intent model trained and loaded outside the measured turns
        var assistant = new Orchestrator(TestShop.Understanding, index, TestShop.Orders, new PopularProductSuggestions(TestShop.Data), model);
        server.Embeddings = failure == "hang"
            ? (_, ct) => ScriptedModel.HangAsync(ct)
            : (_, _) => Task.FromResult(ScriptedModel.ServerError());
        var sentBefore = server.EmbeddingRequests.Count;

        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.StartNew();
            var reply = await assistant.ReplyAsync(new ShopperTurn("c-" + Guid.NewGuid().ToString("N"), "guest", "how much is shipping?"), TestShop.Greeted());
            var took = started.Elapsed;

            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            Assert.Contains("shipping-fee", reply.Metadata.Sources); // the words found the script without the vector
            Assert.True(took < TimeSpan.FromSeconds(resilience.TurnBudgetSeconds), $"{failure}: turn {i + 1} took {took}");
            // The first turn (breaker closed) still gets the model's answer: a failed embedding is not a failed turn.
            if (i == 0) Assert.Equal(TurnRoutes.Llm, reply.Route);
        }
        Assert.True(server.EmbeddingRequests.Count > sentBefore, "the failing endpoint was never asked");
    }

    [Fact]
    public async Task Without_an_embedding_model_nothing_is_registered_and_no_embeddings_request_is_made()
    {
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(ScriptedModel.Ok(Shipping)));
        var settings = new Dictionary<string, string?>
        {
            ["ShopAssistant:Llm:Endpoint"] = server.Endpoint.ToString(),
            ["ShopAssistant:Llm:ApiKey"] = "k",
            ["ShopAssistant:Llm:EmbeddingModel"] = "",
            ["ShopAssistant:Knowledge:IndexDirectory"] = Knowledge.IndexDirectory,
        };

        await using (var sparse = Services(settings))
        {
            Assert.Null(sparse.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
            Assert.NotEmpty(await sparse.GetRequiredService<IKnowledgeIndex>().SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh)));
        }
        Assert.Empty(server.EmbeddingRequests);
        Assert.EndsWith("|sparse-only", PublishedIdentity());

        // The same host with the setting: the registered generator is the gated one, and the index is rebuilt with it.
        settings["ShopAssistant:Llm:EmbeddingModel"] = EmbeddingModel;
        await using var dense = Services(settings);
        Assert.IsType<ShopEmbeddings>(dense.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        await dense.GetRequiredService<IKnowledgeIndex>().SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh));
        Assert.Equal(2, server.EmbeddingRequests.Count); // the scripts, then the question
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddShopModel(configuration).AddShopKnowledge(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
