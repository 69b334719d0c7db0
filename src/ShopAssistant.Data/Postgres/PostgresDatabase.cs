using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace ShopAssistant.Data.Postgres;

/// <summary>
/// The shared database of a scaled-out shop (ConnectionStrings:Postgres): every instance reads and writes the same
/// rows, so a conversation, a handoff or a staff session started on one instance continues on any other. The schema
/// is migrated on first use, by whichever instance gets there first (see <see cref="PostgresMigrations"/>).
/// </summary>
public sealed class PostgresDatabase(string connectionString) : SqlDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile bool _migrated;

    public override string Provider => StorageOptions.Postgres;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default) => await OpenAsync(ct);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct = default)
    {
        if (!_migrated) await MigrateAsync(ct);
        return await _source.OpenConnectionAsync(ct);
    }

    public override DbConnection OpenConnection()
    {
        if (!_migrated) MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        return _source.OpenConnection();
    }

    /// <summary>
    /// PostgreSQL runs writers side by side: a transaction holding an advisory lock on the key until commit makes a
    /// second writer with the same key (on any instance) wait, then see the first one's row.
    /// </summary>
    public override async Task<DbTransaction?> SerializeAsync(DbConnection connection, string key, CancellationToken ct)
    {
        var tx = await connection.BeginTransactionAsync(ct);
        await HoldAsync(connection, tx, key, ct);
        return tx;
    }

    public override Task HoldAsync(DbConnection connection, DbTransaction tx, string key, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", new { key }, tx, cancellationToken: ct));

    public override string AmongList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    /// <summary>One array parameter, whatever the count: PostgreSQL has no bound-parameter limit to batch around.</summary>
    public override int MaxListLength => int.MaxValue;

    // A snapshot of the shopper's rows; Serializable would add failures on commit under concurrent turns for no gain here.
    public override IsolationLevel Snapshot => IsolationLevel.RepeatableRead;

    public override string KeyEndsWithSuffix => "right(key, length(@suffix)) = @suffix";

    public override string NotAmongConversations => "conversation_id <> ALL(@conversations)";

    public override object ConversationList(IReadOnlyList<string> conversations) => conversations.ToArray();

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
