using Microsoft.Extensions.Configuration;

namespace ShopAssistant.Knowledge;

/// <summary>Where the scripts are, where the embedded index is kept, and the optional Qdrant server.</summary>
public sealed class KnowledgeOptions
{
    public const string ScriptsDirectoryKey = "ShopAssistant:Knowledge:ScriptsDirectory";
    public const string IndexDirectoryKey = "ShopAssistant:Knowledge:IndexDirectory";
    public const string QdrantEndpointKey = "ShopAssistant:Qdrant:Endpoint";
    public const string QdrantApiKeyKey = "ShopAssistant:Qdrant:ApiKey";
    public const string QdrantCollectionKey = "ShopAssistant:Qdrant:Collection";

    /// <summary>The knowledge-base folder copied beside the program by the build.</summary>
    public string ScriptsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "knowledge-base");

    public string IndexDirectory { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "app-data", "knowledge");

    /// <summary>gRPC endpoint, e.g. http://localhost:6334. Null: the embedded index answers.</summary>
    public Uri? QdrantEndpoint { get; init; }

    public string? QdrantApiKey { get; init; }

    public string QdrantCollection { get; init; } = "shop-knowledge";

    public static KnowledgeOptions From(IConfiguration configuration)
    {
        var defaults = new KnowledgeOptions();
        var endpoint = configuration[QdrantEndpointKey];
        return new KnowledgeOptions
        {
            ScriptsDirectory = Path.GetFullPath(NonEmpty(configuration[ScriptsDirectoryKey]) ?? defaults.ScriptsDirectory),
            IndexDirectory = Path.GetFullPath(NonEmpty(configuration[IndexDirectoryKey]) ?? defaults.IndexDirectory),
            QdrantEndpoint = NonEmpty(endpoint) is { } url
                ? Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new FormatException($"{QdrantEndpointKey} is not an absolute URL: '{url}'")
                : null,
            QdrantApiKey = NonEmpty(configuration[QdrantApiKeyKey]),
            QdrantCollection = NonEmpty(configuration[QdrantCollectionKey]) ?? defaults.QdrantCollection,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
