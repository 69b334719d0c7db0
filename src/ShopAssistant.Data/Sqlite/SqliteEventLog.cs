using Dapper;

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
