using Dapper;
using Microsoft.Data.Sqlite;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteEventLog(SqliteDatabase database) : IEventLog
{
    public async Task AppendAsync(ShopEvent shopEvent, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
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
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT at_ms AS AtMs, kind AS Kind, conversation_id AS ConversationId, shopper_id AS ShopperId, intent AS Intent, data_json AS DataJson
            FROM event WHERE at_ms >= @from AND at_ms < @to ORDER BY at_ms, id
            """, new { from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() });
        return rows.Select(r => new ShopEvent(DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs), r.Kind, r.ConversationId, r.ShopperId, r.Intent, r.DataJson)).ToList();
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

        // A plain reader instead of Dapper: a first read can be hundreds of thousands of rows, and the mapping was the
        // larger half of its cost. Callers may hold the events for long, so repeated text is shared: kinds and intents
        // through a small table, conversation and shopper ids with the row before (a conversation's events tend to sit
        // together). A table of every id measured slower than the read itself on a week of 340,000 events.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        string Label(string value) => labels.TryGetValue(value, out var known) ? known : labels.Count < 1_000 ? labels[value] = value : value;
        string? lastConversation = null, lastShopper = null;
        var events = new List<LoggedEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        // Read, not ReadAsync: the provider reads synchronously anyway, and a Task per row is overhead on a first load.
        while (reader.Read())
        {
            var conversation = reader.GetString(3);
            if (lastConversation is not null && conversation == lastConversation) conversation = lastConversation;
            var shopper = reader.IsDBNull(4) ? null : reader.GetString(4);
            if (shopper is not null && lastShopper is not null && shopper == lastShopper) shopper = lastShopper;
            (lastConversation, lastShopper) = (conversation, shopper ?? lastShopper);
            events.Add(new LoggedEvent(reader.GetInt64(0), new ShopEvent(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Label(reader.GetString(2)),
                conversation,
                shopper,
                reader.IsDBNull(5) ? null : Label(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6))));
        }
        return events;
    }

    private sealed class Row
    {
        public long AtMs { get; init; }
        public string Kind { get; init; } = "";
        public string ConversationId { get; init; } = "";
        public string? ShopperId { get; init; }
        public string? Intent { get; init; }
        public string? DataJson { get; init; }
    }
}
