using System.Data.Common;
using Npgsql;

namespace ShopAssistant.Data.Postgres;

/// <summary>
/// The shared database of a scaled-out shop (ConnectionStrings:Postgres): every instance reads and writes the same
/// rows, so a conversation, a handoff or a staff session started on one instance continues on any other. The schema
/// is migrated on first use, by whichever instance gets there first (see <see cref="PostgresMigrations"/>).
/// </summary>
public sealed class PostgresDatabase(string connectionString) : IShopDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile bool _migrated;

    public string Provider => StorageOptions.Postgres;

    async Task<DbConnection> IShopDatabase.OpenConnectionAsync(CancellationToken ct) => await OpenAsync(ct);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct = default)
    {
        if (!_migrated) await MigrateAsync(ct);
        return await _source.OpenConnectionAsync(ct);
    }

    /// <summary>For the synchronous callers (the verification ledger runs inside synchronous assistant plugins).</summary>
    public NpgsqlConnection Open()
    {
        if (!_migrated) MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        return _source.OpenConnection();
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await _migrateOnce.WaitAsync(ct);
        try
        {
            if (_migrated) return;
            await using var connection = await _source.OpenConnectionAsync(ct);
            await PostgresMigrations.ApplyAsync(connection, ct);
            _migrated = true;
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}
