namespace ShopAssistant.Recommendations;

/// <summary>Configuration section ShopAssistant:Recommendations.</summary>
public sealed record RecommenderOptions
{
    public const string Section = "ShopAssistant:Recommendations";
    public const string DefaultModelDirectory = "app-data/recommender";

    /// <summary>Where the trained model lives (relative to the current directory); trained there on first start if absent.</summary>
    public string ModelDirectory { get; init; } = DefaultModelDirectory;
}
