namespace ShopAssistant.Data;

/// <summary>Where the app keeps its state (ShopAssistant:Storage). The embedded default is a SQLite file.</summary>
public sealed class StorageOptions
{
    public const string Section = "ShopAssistant:Storage";

    /// <summary>The app's data folder; relative paths are resolved against the content root.</summary>
    public string DataFolder { get; set; } = "app-data";

    /// <summary>SQLite file name inside the data folder.</summary>
    public string DatabaseFile { get; set; } = "shopassistant.db";
}
