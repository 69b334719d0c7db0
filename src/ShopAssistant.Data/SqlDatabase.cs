using System.Data;
using System.Data.Common;

namespace ShopAssistant.Data;

/// <summary>
/// A relational database the stores share their SQL across: how to open a connection and a writer, and the few places
/// where SQLite and PostgreSQL spell a statement differently or need something else to be correct or fast. Everything
/// else is written once, in the stores.
/// </summary>
public abstract class SqlDatabase : IShopDatabase
{
    public abstract string Provider { get; }

    /// <summary>An open connection on a migrated schema.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default);

    /// <summary>For the synchronous callers (the verification ledger runs inside synchronous assistant plugins).</summary>
    public abstract DbConnection OpenConnection();

    /// <summary>A connection for one write of a shopper's turn (see <see cref="Sqlite.SqliteDatabase.OpenWriterAsync"/>).</summary>
    public virtual async Task<DatabaseWriter> OpenWriterAsync(CancellationToken ct = default) => new(await OpenConnectionAsync(ct), null);

    /// <summary>
    /// Makes a check and the write that depends on it atomic against other writers with the same <paramref name="key"/>:
    /// a transaction to commit, or null when the provider has nothing to add to a single statement.
    /// </summary>
    public abstract Task<DbTransaction?> SerializeAsync(DbConnection connection, string key, CancellationToken ct);

    /// <summary>
    /// Inside a transaction already begun: what <see cref="SerializeAsync"/> adds, held from here to its commit. Nothing
    /// on a provider with one writer at a time.
    /// </summary>
    public virtual Task HoldAsync(DbConnection connection, DbTransaction tx, string key, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// A condition: <paramref name="column"/> is one of the array in @<paramref name="parameter"/> (Dapper spells the array
    /// out as one parameter per value on SQLite and passes it whole to PostgreSQL).
    /// </summary>
    public abstract string AmongList(string column, string parameter);

    /// <summary>At most how many values one <see cref="AmongList"/> parameter holds.</summary>
    public abstract int MaxListLength { get; }

    /// <summary><paramref name="column"/> in a condition that must not use the column's index.</summary>
    public virtual string Unindexed(string column) => column;

    /// <summary>The isolation that gives the export and the erasure one consistent view of the shopper's rows.</summary>
    public abstract IsolationLevel Snapshot { get; }

    /// <summary>
    /// A condition on bot_state.key: it ends exactly with @suffix. Bot Framework state keys are
    /// "{channel}/conversations/{conversation}" and "{channel}/users/{user}"; the suffix is compared exactly, not with
    /// LIKE, so that an id holding % or _ matches only itself.
    /// </summary>
    public abstract string KeyEndsWithSuffix { get; }

    /// <summary>A condition: conversation_id is none of @conversations (a value from <see cref="ConversationList"/>).</summary>
    public abstract string NotAmongConversations { get; }

    public abstract object ConversationList(IReadOnlyList<string> conversations);
}

/// <summary>A connection held for one write; disposing it lets the next writer in where writers queue.</summary>
public sealed class DatabaseWriter(DbConnection connection, SemaphoreSlim? writers) : IAsyncDisposable
{
    private int _disposed;

    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            writers?.Release();
        }
    }
}

internal static class Transactions
{
    /// <summary>Commits the transaction <see cref="SqlDatabase.SerializeAsync"/> began, if it began one.</summary>
    public static Task CommitIfAnyAsync(this DbTransaction? tx, CancellationToken ct) => tx?.CommitAsync(ct) ?? Task.CompletedTask;
}
