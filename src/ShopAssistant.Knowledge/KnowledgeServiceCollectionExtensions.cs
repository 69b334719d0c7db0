using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Knowledge.Qdrant;

namespace ShopAssistant.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeIndex"/>: Qdrant when <c>ShopAssistant:Qdrant:Endpoint</c> is set, else the embedded
    /// index. Dense vectors are added when an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered.
    /// </summary>
    public static IServiceCollection AddShopKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        var options = KnowledgeOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<IKnowledgeIndex>(provider =>
        {
            var embeddings = provider.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
            return options.QdrantEndpoint is null
                ? new EmbeddedKnowledgeIndex(options, embeddings)
                : new QdrantKnowledgeIndex(options, embeddings);
        });
        return services;
    }
}
