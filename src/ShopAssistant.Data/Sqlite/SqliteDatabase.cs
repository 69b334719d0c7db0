using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ShopAssistant.Data.Sqlite;

/// <summary>
/// The embedded database: one SQLite file in the app's data folder, created and migrated on first use.
/// WAL lets the chat, the consoles and the metrics read while a turn writes.
/// </summary>
public sealed class SqliteDatabase(string path) : IShopDatabase
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

    string IShopDatabase.Provider => StorageOptions.Sqlite;

    async Task<DbConnection> IShopDatabase.OpenConnectionAsync(CancellationToken ct) => await OpenAsync(ct);

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
    public async Task<SqliteWriter> OpenWriterAsync(CancellationToken ct = default)
    {
        await _writers.WaitAsync(ct);
        try
        {
            return new SqliteWriter(await OpenAsync(ct), _writers);
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
    public SqliteConnection Open() => OpenAsync().GetAwaiter().GetResult();

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

/// <summary>A connection held as this process's one writer; disposing it lets the next writer in.</summary>
public sealed class SqliteWriter(SqliteConnection connection, SemaphoreSlim writers) : IAsyncDisposable
{
    private int _disposed;

    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            writers.Release();
        }
    }
}
