using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    }

    [Fact]
    public void A_qdrant_endpoint_switches_to_the_qdrant_store_and_directories_follow_configuration()
    {
        using var provider = Provider(new()
        {
            [KnowledgeOptions.QdrantEndpointKey] = "http://localhost:6334",
            [KnowledgeOptions.IndexDirectoryKey] = "/tmp/shop-index",
            [KnowledgeOptions.QdrantCollectionKey] = "kb",
        });

        Assert.IsType<QdrantKnowledgeIndex>(provider.GetRequiredService<IKnowledgeIndex>());
        var options = provider.GetRequiredService<KnowledgeOptions>();
        Assert.Equal("/tmp/shop-index", options.IndexDirectory);
        Assert.Equal("kb", options.QdrantCollection);
    }

    [Fact]
    public void A_malformed_qdrant_endpoint_fails_at_registration_with_the_key_named()
    {
        var error = Assert.Throws<FormatException>(() => Provider(new() { [KnowledgeOptions.QdrantEndpointKey] = "not a url" }));

        Assert.Contains(KnowledgeOptions.QdrantEndpointKey, error.Message);
    }
}
