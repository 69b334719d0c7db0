using Dapper;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteTranscriptLog(SqliteDatabase database) : ITranscriptLog
{
    public async Task AppendAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            """
            INSERT INTO transcript (conversation_id, direction, type, activity_id, from_id, from_role, text, activity_json, at_ms)
            VALUES (@ConversationId, @Direction, @Type, @ActivityId, @FromId, @FromRole, @Text, @ActivityJson, @AtMs)
            """,
            new { entry.ConversationId, entry.Direction, entry.Type, entry.ActivityId, entry.FromId, entry.FromRole, entry.Text, entry.ActivityJson, AtMs = entry.At.ToUnixTimeMilliseconds() });
    }

    public async Task<bool> AppendInboundOnceAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        if (entry.ActivityId is null)
        {
            await AppendAsync(entry, ct);
            return true;
        }
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // One statement: SQLite's single writer makes the check and the insert atomic against a concurrent redelivery.
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO transcript (conversation_id, direction, type, activity_id, from_id, from_role, text, activity_json, at_ms)
            SELECT @ConversationId, 'in', @Type, @ActivityId, @FromId, @FromRole, @Text, @ActivityJson, @AtMs
            WHERE NOT EXISTS (SELECT 1 FROM transcript WHERE conversation_id = @ConversationId AND direction = 'in' AND activity_id = @ActivityId)
            """,
            new { entry.ConversationId, entry.Type, entry.ActivityId, entry.FromId, entry.FromRole, entry.Text, entry.ActivityJson, AtMs = entry.At.ToUnixTimeMilliseconds() });
        return changed == 1;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> UnansweredAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<TranscriptRow>(
            """
            SELECT t.conversation_id AS ConversationId, t.direction AS Direction, t.type AS Type, t.activity_id AS ActivityId,
                   t.from_id AS FromId, t.from_role AS FromRole, t.text AS Text, t.activity_json AS ActivityJson, t.at_ms AS AtMs
            FROM transcript t
            WHERE t.at_ms >= @sinceMs AND t.direction = 'in' AND t.type = 'message'
              AND t.id = (SELECT MAX(u.id) FROM transcript u WHERE u.conversation_id = t.conversation_id)
            ORDER BY t.id
            """, new { sinceMs = since.ToUnixTimeMilliseconds() });
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<TranscriptRow>(
            $"""
            SELECT {TranscriptRow.Columns}
            FROM transcript WHERE conversation_id = @conversationId ORDER BY id
            """, new { conversationId });
        return rows.Select(r => r.ToEntry()).ToList();
    }
}
