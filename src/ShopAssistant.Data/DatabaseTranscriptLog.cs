using System.Data.Common;
using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabaseTranscriptLog(SqlDatabase database) : ITranscriptLog
{
    private const string Insert =
        """
        INSERT INTO transcript (conversation_id, direction, type, activity_id, from_id, from_role, text, activity_json, at_ms)
        SELECT @ConversationId, @Direction, @Type, @ActivityId, @FromId, @FromRole, @Text, @ActivityJson, @AtMs
        """;

    public async Task AppendAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        await using var writer = await database.OpenWriterAsync(ct);
        await InsertAsync(writer.Connection, null, entry);
    }

    internal static Task InsertAsync(DbConnection connection, DbTransaction? tx, TranscriptEntry entry) =>
        connection.ExecuteAsync(Insert, Args(entry), tx);

    public async Task<bool> AppendInboundOnceAsync(TranscriptEntry entry, CancellationToken ct = default)
    {
        if (entry.ActivityId is null)
        {
            await AppendAsync(entry, ct);
            return true;
        }
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // The check and the insert are one statement, made atomic against a concurrent redelivery (that may reach
        // another instance at the same moment) by the writer's serialisation on (conversation, activity id).
        await using var tx = await database.SerializeAsync(connection, entry.ConversationId + "\n" + entry.ActivityId, ct);
        var changed = await connection.ExecuteAsync(
            Insert + " WHERE NOT EXISTS (SELECT 1 FROM transcript WHERE conversation_id = @ConversationId AND direction = 'in' AND activity_id = @ActivityId)",
            Args(entry with { Direction = TranscriptEntry.Inbound }), tx);
        await tx.CommitIfAnyAsync(ct);
        return changed == 1;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> UnansweredAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
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
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<TranscriptRow>(
            $"SELECT {TranscriptRow.Columns} FROM transcript WHERE conversation_id = @conversationId ORDER BY id", new { conversationId });
        return rows.Select(r => r.ToEntry()).ToList();
    }

    private static object Args(TranscriptEntry e) =>
        new { e.ConversationId, e.Direction, e.Type, e.ActivityId, e.FromId, e.FromRole, e.Text, e.ActivityJson, AtMs = e.At.ToUnixTimeMilliseconds() };
}
