using Dapper;

namespace ShopAssistant.Data.Tests;

/// <summary>What only the embedded provider promises: the file's journal mode, durability setting and schema version.</summary>
public sealed class SqliteDatabaseTests() : StoreSuite(new SqliteStores())
{
    [Fact]
    public async Task The_database_file_is_created_and_migrated_on_first_use_in_wal_mode()
    {
        await using var connection = await OpenAsync();
        Assert.Equal(6, await connection.ExecuteScalarAsync<int>("PRAGMA user_version")); // six migration steps so far
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous")); // NORMAL
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM sqlite_master WHERE name = 'handoff'"));
    }
}
