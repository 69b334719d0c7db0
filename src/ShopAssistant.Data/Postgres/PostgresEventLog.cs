using Dapper;
using Npgsql;

namespace ShopAssistant.Data.Postgres;

public sealed class PostgresEventLog(PostgresDatabase database) : IEventLog
{
    /// <summary>Any fixed number: the advisory lock that makes event ids commit in the order they were given.</summary>
    private const long AppendLock = 0x5A_0002;

    public async Task AppendAsync(ShopEvent shopEvent, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // The dashboards tail the log by id. Concurrent inserts could commit a smaller id after a reader has passed it,
        // and that event would never be read; one append at a time (the lock is held to commit) keeps ids in commit order.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@AppendLock)", new { AppendLock }, tx);
        await connection.ExecuteAsync(
            """
            INSERT INTO event (at_ms, kind, conversation_id, shopper_id, intent, data_json)
            VALUES (@AtMs, @Kind, @ConversationId, @ShopperId, @Intent, @DataJson)
            """,
            new { AtMs = shopEvent.At.ToUnixTimeMilliseconds(), shopEvent.Kind, shopEvent.ConversationId, shopEvent.ShopperId, shopEvent.Intent, shopEvent.DataJson }, tx);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<ShopEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<EventRow>(
            $"SELECT {EventRow.Columns} FROM event WHERE at_ms >= @from AND at_ms < @to ORDER BY at_ms, id",
            new { from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() });
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long afterId, int max, DateTimeOffset? since = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenAsync(ct);
        var sinceMs = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        if (since is not null)
        {
            // As on SQLite: start the id scan at the first event at or after `since`, found through the at_ms index.
            if (await connection.ExecuteScalarAsync<long?>("SELECT MIN(id) FROM event WHERE at_ms >= @sinceMs", new { sinceMs }) is not { } firstId) return [];
            afterId = Math.Max(afterId, firstId - 1);
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT id, at_ms, kind, conversation_id, shopper_id, intent, data_json
            FROM event WHERE id > @after AND at_ms >= @since ORDER BY id LIMIT @max
            """, connection);
        command.Parameters.AddWithValue("after", afterId);
        command.Parameters.AddWithValue("since", sinceMs);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return LoggedEventReader.ReadAll(reader);
    }
}
