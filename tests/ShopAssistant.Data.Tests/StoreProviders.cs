using Microsoft.Data.Sqlite;
using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>A fresh, empty database on one provider, as the configuration the host would read.</summary>
public interface IStoreProvider : IAsyncDisposable
{
    Task<IReadOnlyDictionary<string, string?>> CreateAsync();
}

public sealed class SqliteStores : IStoreProvider
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sa-data-").FullName;

    public Task<IReadOnlyDictionary<string, string?>> CreateAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(
        new Dictionary<string, string?> { ["ShopAssistant:Storage:Provider"] = "sqlite", ["ShopAssistant:Storage:DataFolder"] = _folder });

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresStores(PostgresCluster cluster) : IStoreProvider
{
    private string? _connectionString;

    public async Task<IReadOnlyDictionary<string, string?>> CreateAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        return new Dictionary<string, string?> { ["ShopAssistant:Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = _connectionString };
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null) await cluster.DropDatabaseAsync(_connectionString);
    }
}

/// <summary>One PostgreSQL cluster for the whole assembly; each test class instance gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
