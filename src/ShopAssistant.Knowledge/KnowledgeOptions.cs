using System.ComponentModel.DataAnnotations;
using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Knowledge;

/// <summary>Where the scripts are and where the embedded index is kept (ShopAssistant:Knowledge), and the optional Qdrant server.</summary>
public sealed class KnowledgeOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Knowledge";

    /// <summary>The knowledge-base folder copied beside the program by the build.</summary>
    public string ScriptsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "knowledge-base");

    /// <summary>Relative paths are taken from the current directory; the host puts it in its data folder unless set.</summary>
    public string IndexDirectory { get; set; } = Path.Combine("app-data", "knowledge");

    /// <summary>Bound from its own section, ShopAssistant:Models (what to do when the index is missing or stale).</summary>
    public ModelsOptions Models { get; set; } = new();

    /// <summary>Bound from its own section, ShopAssistant:Qdrant.</summary>
    public QdrantOptions Qdrant { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Directory.Exists(ScriptsDirectory))
            yield return new($"{Section}:ScriptsDirectory: no service scripts at '{ScriptsDirectory}'.", [nameof(ScriptsDirectory)]);
        if (Qdrant.Endpoint is { IsAbsoluteUri: false } endpoint)
            yield return new($"{QdrantOptions.Section}:Endpoint is not an absolute URL: '{endpoint}'.", [nameof(Qdrant)]);
    }
}

/// <summary>ShopAssistant:Qdrant: with an endpoint, retrieval uses that Qdrant server instead of the embedded index.</summary>
public sealed class QdrantOptions
{
    public const string Section = "ShopAssistant:Qdrant";

    /// <summary>gRPC endpoint, e.g. http://localhost:6334. Null: the embedded index answers.</summary>
    public Uri? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string Collection { get; set; } = "shop-knowledge";
}
