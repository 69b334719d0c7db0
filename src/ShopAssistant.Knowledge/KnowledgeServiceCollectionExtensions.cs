using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Knowledge.Qdrant;

namespace ShopAssistant.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeIndex"/>: Qdrant when <c>ShopAssistant:Qdrant:Endpoint</c> is set, else the embedded
    /// index. Dense vectors are added when an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered
    /// (AddShopModel registers one when ShopAssistant:Llm:EmbeddingModel is set).
    /// </summary>
    public static IServiceCollection AddShopKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledgeOptions(configuration);
        services.AddSingleton<IKnowledgeIndex>(provider =>
        {
            var options = provider.GetRequiredService<KnowledgeOptions>();
            var embeddings = provider.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<IKnowledgeIndex>();
            return options.Qdrant.Endpoint is null
                ? new EmbeddedKnowledgeIndex(options, embeddings, logger)
                : new QdrantKnowledgeIndex(options, embeddings, logger);
        });
        return services;
    }

    /// <summary>Binds and validates ShopAssistant:Knowledge and ShopAssistant:Qdrant (the server and the `ingest`/`eval retrieval` verbs alike).</summary>
    public static IServiceCollection AddKnowledgeOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.Section))
            .Configure(o => configuration.GetSection(QdrantOptions.Section).Bind(o.Qdrant))
            .Configure(o => configuration.GetSection(ModelsOptions.Section).Bind(o.Models))
            .PostConfigure(o =>
            {
                o.ScriptsDirectory = Path.GetFullPath(o.ScriptsDirectory);
                o.IndexDirectory = Path.GetFullPath(o.IndexDirectory);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
        return services;
    }

    /// <summary>The options as a host would bind them, for a verb that runs without one; a bad value throws with the key named.</summary>
    public static KnowledgeOptions BindKnowledgeOptions(this IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddKnowledgeOptions(configuration).BuildServiceProvider();
        return provider.GetRequiredService<KnowledgeOptions>();
    }
}
