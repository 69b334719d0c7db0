using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopAssistant.Knowledge.Qdrant;

namespace ShopAssistant.Knowledge.Tests;

public sealed class KnowledgeRegistrationTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddShopKnowledge(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void With_nothing_configured_the_embedded_index_answers_from_the_shipped_scripts()
    {
        using var provider = Provider([]);

        Assert.IsType<EmbeddedKnowledgeIndex>(provider.GetRequiredService<IKnowledgeIndex>());
        var options = provider.GetRequiredService<KnowledgeOptions>();
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge-base"), options.ScriptsDirectory);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "app-data", "knowledge"), options.IndexDirectory);
        Assert.Null(options.Qdrant.Endpoint);
    }

    [Fact]
    public void A_qdrant_endpoint_switches_to_the_qdrant_store_and_directories_follow_configuration()
    {
        using var provider = Provider(new()
        {
            ["ShopAssistant:Qdrant:Endpoint"] = "http://localhost:6334",
            ["ShopAssistant:Knowledge:IndexDirectory"] = "/tmp/shop-index",
            ["ShopAssistant:Qdrant:Collection"] = "kb",
        });

        Assert.IsType<QdrantKnowledgeIndex>(provider.GetRequiredService<IKnowledgeIndex>());
        var options = provider.GetRequiredService<KnowledgeOptions>();
        Assert.Equal("/tmp/shop-index", options.IndexDirectory);
        Assert.Equal("kb", options.Qdrant.Collection);
        Assert.Equal(new Uri("http://localhost:6334"), options.Qdrant.Endpoint);
    }

    [Fact]
    public void A_malformed_qdrant_endpoint_or_a_missing_scripts_folder_fails_with_the_key_named()
    {
        using var badUrl = Provider(new() { ["ShopAssistant:Qdrant:Endpoint"] = "not a url" });
        var error = Assert.Throws<OptionsValidationException>(() => badUrl.GetRequiredService<IKnowledgeIndex>());
        Assert.Contains("ShopAssistant:Qdrant:Endpoint", error.Message);

        using var noScripts = Provider(new() { ["ShopAssistant:Knowledge:ScriptsDirectory"] = "/nowhere/scripts" });
        Assert.Contains("ShopAssistant:Knowledge:ScriptsDirectory", Assert.Throws<OptionsValidationException>(() => noScripts.GetRequiredService<KnowledgeOptions>()).Message);
    }
}
