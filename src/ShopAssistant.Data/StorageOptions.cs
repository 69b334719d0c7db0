namespace ShopAssistant.Data;

/// <summary>Where the app keeps its state (ShopAssistant:Storage). The embedded default is a SQLite file.</summary>
public sealed class StorageOptions
{
    public const string Section = "ShopAssistant:Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>`sqlite` (one process, one file) or `postgres` (ConnectionStrings:Postgres; several instances share it).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The app's data folder; relative paths are resolved against the content root.</summary>
    public string DataFolder { get; set; } = "app-data";

    /// <summary>SQLite file name inside the data folder.</summary>
    public string DatabaseFile { get; set; } = "shopassistant.db";
}
