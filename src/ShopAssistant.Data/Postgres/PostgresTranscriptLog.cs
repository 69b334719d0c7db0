using Dapper;

namespace ShopAssistant.Data.Postgres;

public sealed class PostgresTranscriptLog(PostgresDatabase database) : ITranscriptLog
{
    private const string Insert =
        """
        INSERT INTO transcript (conversation_id, direction, type, activity_id, from_id, from_role, text, activity_json, at_ms)
        VALUES (@ConversationId, @Direction, @Type, @ActivityId, @FromId, @FromRole, @Text, @ActivityJson, @AtMs)
        """;

    public async Task AppendAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(Insert, Args(entry));
    }

    public async Task<bool> AppendInboundOnceAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        if (entry.ActivityId is null)
        {
            await AppendAsync(entry, ct);
            return true;
        }
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // PostgreSQL runs writers side by side: a lock on (conversation, activity id) held to commit makes a redelivery
        // that reaches another instance at the same moment wait, then find this one's row.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))",
            new { key = entry.ConversationId + "\n" + entry.ActivityId }, tx);
        var seen = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM transcript WHERE conversation_id = @ConversationId AND direction = 'in' AND activity_id = @ActivityId)",
            new { entry.ConversationId, entry.ActivityId }, tx);
        if (!seen) await connection.ExecuteAsync(Insert, Args(entry with { Direction = TranscriptEntry.Inbound }), tx);
        await tx.CommitAsync(ct);
        return !seen;
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
            $"SELECT {TranscriptRow.Columns} FROM transcript WHERE conversation_id = @conversationId ORDER BY id", new { conversationId });
        return rows.Select(r => r.ToEntry()).ToList();
    }

    private static object Args(TranscriptEntry e) =>
        new { e.ConversationId, e.Direction, e.Type, e.ActivityId, e.FromId, e.FromRole, e.Text, e.ActivityJson, AtMs = e.At.ToUnixTimeMilliseconds() };
}
