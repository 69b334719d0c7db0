using Dapper;
using Microsoft.Data.Sqlite;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteEventLog(SqliteDatabase database) : IEventLog
{
    public async Task AppendAsync(ShopEvent shopEvent, CancellationToken ct = default)
    {
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            """
            INSERT INTO event (at_ms, kind, conversation_id, shopper_id, intent, data_json)
            VALUES (@AtMs, @Kind, @ConversationId, @ShopperId, @Intent, @DataJson)
            """,
            new { AtMs = shopEvent.At.ToUnixTimeMilliseconds(), shopEvent.Kind, shopEvent.ConversationId, shopEvent.ShopperId, shopEvent.Intent, shopEvent.DataJson });
    }

    public async Task<IReadOnlyList<ShopEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<EventRow>(
            $"""
            SELECT {EventRow.Columns}
            FROM event WHERE at_ms >= @from AND at_ms < @to ORDER BY at_ms, id
            """, new { from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() });
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long afterId, int max, DateTimeOffset? since = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenAsync(ct);
        var sinceMs = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        if (since is not null)
        {
            // Events are mostly written in time order, so the first id at or after `since` (an index seek on at_ms) is
            // where the id scan can start instead of the table's beginning; later ids that are older still get filtered.
            await using var first = connection.CreateCommand();
            first.CommandText = "SELECT MIN(id) FROM event WHERE at_ms >= $since";
            first.Parameters.AddWithValue("$since", sinceMs);
            if (await first.ExecuteScalarAsync(ct) is not long firstId) return [];
            afterId = Math.Max(afterId, firstId - 1);
        }

        await using var command = connection.CreateCommand();
        // `+at_ms` keeps SQLite off the at_ms index: the scan must walk the rowid from afterId, which is short for a tail.
        command.CommandText =
            """
            SELECT id, at_ms, kind, conversation_id, shopper_id, intent, data_json
            FROM event WHERE id > $after AND +at_ms >= $since ORDER BY id LIMIT $max
            """;
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$since", sinceMs);
        command.Parameters.AddWithValue("$max", max);

        await using var reader = await command.ExecuteReaderAsync(ct);
        return LoggedEventReader.ReadAll(reader);
    }
}
