using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ShopAssistant.Data.Sqlite;

/// <summary>
/// The embedded database: one SQLite file in the app's data folder, created and migrated on first use.
/// WAL lets the chat, the consoles and the metrics read while a turn writes.
/// </summary>
public sealed class SqliteDatabase(string path) : SqlDatabase
{
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private readonly SemaphoreSlim _writers = new(1, 1);
    private volatile bool _migrated;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    public override string Provider => StorageOptions.Sqlite;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default) => await OpenAsync(ct);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (!_migrated) await MigrateAsync(ct);
        return await OpenRawAsync(ct);
    }

    /// <summary>
    /// A connection for one write of a shopper's turn, taken in turn with this process's other such writes. SQLite lets
    /// one connection write at a time; writers that collide inside it wait in its busy handler, which sleeps a
    /// thread-pool thread for up to 100 ms a try, so fifty concurrent turns spent most of their time asleep there.
    /// Queued here they wait asynchronously, in order, and find the file free. (Another process writing still meets
    /// the busy timeout.) Never open a second writer while holding one.
    /// </summary>
    public override async Task<DatabaseWriter> OpenWriterAsync(CancellationToken ct = default)
    {
        await _writers.WaitAsync(ct);
        try
        {
            return new DatabaseWriter(await OpenAsync(ct), _writers);
        }
        catch
        {
            _writers.Release();
            throw;
        }
    }

    /// <summary>
    /// A connection for callers that cannot await (synchronous plugin functions). SQLite's async methods complete
    /// synchronously anyway, so this blocks no longer than OpenAsync would.
    /// </summary>
    public override DbConnection OpenConnection() => OpenAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Nothing to add: SQLite runs one writer at a time, so a single statement that checks and writes (INSERT … SELECT
    /// … WHERE NOT EXISTS) cannot interleave with another's.
    /// </summary>
    public override Task<DbTransaction?> SerializeAsync(DbConnection connection, string key, CancellationToken ct) =>
        Task.FromResult<DbTransaction?>(null);

    public override string AmongList(string column, string parameter) => $"{column} IN @{parameter}";

    /// <summary>Well below SQLite's bound-parameter limit (Dapper spells a list as one parameter per value); a list page asks for at most a few hundred.</summary>
    public override int MaxListLength => 500;

    // `+column` keeps SQLite off the column's index: e.g. the event tail must walk the rowid from afterId, which is short for a tail.
    public override string Unindexed(string column) => "+" + column;

    public override IsolationLevel Snapshot => IsolationLevel.Serializable;

    public override string KeyEndsWithSuffix => "length(key) >= length(@suffix) AND substr(key, -length(@suffix)) = @suffix";

    // SQLite has no array parameters: the list travels as one JSON text.
    public override string NotAmongConversations => "conversation_id NOT IN (SELECT value FROM json_each(@conversations))";

    public override object ConversationList(IReadOnlyList<string> conversations) => JsonSerializer.Serialize(conversations);

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        using var pragma = connection.CreateCommand();
        // WAL + synchronous=NORMAL: a commit survives a crash of the process (what we promise: nothing a shopper said
        // is lost across a crash or restart) without an fsync per write; only a power cut can cost the last commits.
        // cache_size: every pooled connection keeps a page cache of its own, and the pool holds about as many connections
        // as turns were ever in flight at once; at SQLite's default 2 MB each that is tens of megabytes of a busy
        // process, while the operating system caches the file for all of them anyway.
        pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -512;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await _migrateOnce.WaitAsync(ct);
        try
        {
            if (_migrated) return;
            // Conversations are personal data: the folder and the database file are the app user's alone. SQLite gives
            // its -wal and -shm files the database file's mode.
            OwnerOnly.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            OwnerOnly.SecureFile(Path);
            await using var connection = await OpenRawAsync(ct);
            await SchemaMigrations.ApplyAsync(connection, ct);
            _migrated = true;
        }
        finally
        {
            _migrateOnce.Release();
        }
    }
}
