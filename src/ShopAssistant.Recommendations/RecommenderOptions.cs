using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Recommendations;

/// <summary>Configuration section ShopAssistant:Recommendations.</summary>
public sealed record RecommenderOptions
{
    public const string Section = "ShopAssistant:Recommendations";
    public const string DefaultModelDirectory = "app-data/recommender";

    /// <summary>Where the trained model lives (relative to the current directory; the host puts it in its data folder unless set).</summary>
    public string ModelDirectory { get; set; } = DefaultModelDirectory;

    /// <summary>Load or train the model in the background at start (false: on the first request that needs it).</summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>Bound from its own section, ShopAssistant:Models (what to do when the model is missing or stale).</summary>
    public ModelsOptions Models { get; set; } = new();
}
