using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabaseFlowVerdictStore(SqlDatabase database) : IFlowVerdictStore
{
    public async Task SaveAsync(FlowVerdict verdict, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        // Two managers may open the same conversation while it grows; the verdict of the older transcript must not win.
        await connection.ExecuteAsync(
            """
            INSERT INTO flow_verdict (conversation_id, transcript_entries, judge, score_json, judged_ms)
            VALUES (@ConversationId, @TranscriptEntries, @Judge, @ScoreJson, @JudgedMs)
            ON CONFLICT (conversation_id) DO UPDATE SET
                transcript_entries = excluded.transcript_entries, judge = excluded.judge,
                score_json = excluded.score_json, judged_ms = excluded.judged_ms
            WHERE excluded.transcript_entries >= flow_verdict.transcript_entries
            """,
            new { verdict.ConversationId, TranscriptEntries = (long)verdict.TranscriptEntries, verdict.Judge, verdict.ScoreJson, JudgedMs = verdict.JudgedAt.ToUnixTimeMilliseconds() });
    }

    public async Task<IReadOnlyDictionary<string, FlowVerdict>> ReadAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct = default)
    {
        var found = new Dictionary<string, FlowVerdict>(StringComparer.Ordinal);
        if (conversationIds.Count == 0) return found;
        await using var connection = await database.OpenConnectionAsync(ct);
        foreach (var ids in conversationIds.Distinct(StringComparer.Ordinal).Chunk(Math.Min(database.MaxListLength, conversationIds.Count)))
        {
            var rows = await connection.QueryAsync<FlowVerdictRow>(
                $"SELECT {FlowVerdictRow.Columns} FROM flow_verdict WHERE {database.AmongList("conversation_id", "ids")}",
                new { ids });
            foreach (var r in rows) found[r.ConversationId] = r.ToVerdict();
        }
        return found;
    }
}
