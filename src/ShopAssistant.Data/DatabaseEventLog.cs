using System.Data.Common;
using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabaseEventLog(SqlDatabase database) : IEventLog
{
    /// <summary>The key of the one-append-at-a-time serialisation every writer of events holds to its commit.</summary>
    internal const string Lock = "event log";

    public async Task AppendAsync(ShopEvent shopEvent, CancellationToken ct = default)
    {
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // The dashboards tail the log by id. Concurrent inserts could commit a smaller id after a reader has passed it,
        // and that event would never be read; one append at a time (PostgreSQL: a lock held to commit; SQLite: its one
        // writer) keeps ids in commit order.
        await using var tx = await database.SerializeAsync(connection, Lock, ct);
        await InsertAsync(connection, tx, shopEvent);
        await tx.CommitIfAnyAsync(ct);
    }

    /// <summary>One event, inside the caller's transaction, which holds <see cref="Lock"/>.</summary>
    internal static Task InsertAsync(DbConnection connection, DbTransaction? tx, ShopEvent shopEvent) =>
        connection.ExecuteAsync(
            """
            INSERT INTO event (at_ms, kind, conversation_id, shopper_id, intent, data_json)
            VALUES (@AtMs, @Kind, @ConversationId, @ShopperId, @Intent, @DataJson)
            """,
            new { AtMs = shopEvent.At.ToUnixTimeMilliseconds(), shopEvent.Kind, shopEvent.ConversationId, shopEvent.ShopperId, shopEvent.Intent, shopEvent.DataJson }, tx);

    public async Task<IReadOnlyList<ShopEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<EventRow>(
            $"SELECT {EventRow.Columns} FROM event WHERE at_ms >= @from AND at_ms < @to ORDER BY at_ms, id",
            new { from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() });
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long afterId, int max, DateTimeOffset? since = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenConnectionAsync(ct);
        var sinceMs = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        if (since is not null)
        {
            // Events are mostly written in time order, so the first id at or after `since` (an index seek on at_ms) is
            // where the id scan can start instead of the table's beginning; later ids that are older still get filtered.
            if (await connection.ExecuteScalarAsync<long?>("SELECT MIN(id) FROM event WHERE at_ms >= @sinceMs", new { sinceMs }) is not { } firstId) return [];
            afterId = Math.Max(afterId, firstId - 1);
        }

        // The scan walks the ids from afterId, which is short for a tail; the at_ms index would lead it astray.
        await using var reader = await connection.ExecuteReaderAsync(
            $"""
            SELECT id, at_ms, kind, conversation_id, shopper_id, intent, data_json
            FROM event WHERE id > @after AND {database.Unindexed("at_ms")} >= @since ORDER BY id LIMIT @max
            """, new { after = afterId, since = sinceMs, max });
        return LoggedEventReader.ReadAll(reader);
    }
}
