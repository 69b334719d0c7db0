using System.Data;
using Dapper;
using System.Data.Common;

namespace ShopAssistant.Data;

/// <summary>
/// A shopper's export, erasure and the transcript purge, the same statements on every provider; the database gives the
/// connection and the few dialect differences.
/// </summary>
public sealed class ShopperDataStore(SqlDatabase database) : IShopperDataStore
{
    private const string ErasedShopper = Erasure.ShopperId;

    public async Task<ShopperDataExport> ExportAsync(string shopperId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(database.Snapshot, ct);
        var conversations = await ConversationsAsync(connection, tx, shopperId);
        var transcripts = new List<IReadOnlyDictionary<string, object?>>();
        var state = new List<IReadOnlyDictionary<string, object?>>();
        var events = new List<IReadOnlyDictionary<string, object?>>();
        var handoffs = new List<IReadOnlyDictionary<string, object?>>();
        var notes = new List<IReadOnlyDictionary<string, object?>>();
        var verdicts = new List<IReadOnlyDictionary<string, object?>>();
        var photos = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var id in conversations)
        {
            transcripts.AddRange(await RowsAsync(connection, tx,
                "SELECT conversation_id, direction, type, activity_id, from_id, from_role, text, activity_json, at_ms FROM transcript WHERE conversation_id = @id ORDER BY id", new { id }));
            state.AddRange(await RowsAsync(connection, tx, "SELECT key, json, updated_ms FROM bot_state WHERE " + ConversationKey, new { suffix = "/conversations/" + id }));
            events.AddRange(await RowsAsync(connection, tx,
                "SELECT at_ms, kind, conversation_id, shopper_id, intent, data_json FROM event WHERE conversation_id = @id ORDER BY id", new { id }));
            var ids = (await connection.QueryAsync<long>("SELECT id FROM handoff WHERE conversation_id = @id ORDER BY id", new { id }, tx)).ToList();
            handoffs.AddRange(await RowsAsync(connection, tx,
                "SELECT id, conversation_id, shopper_id, channel_id, reason, language, summary, status, agent, disposition, created_ms, claimed_ms, closed_ms FROM handoff WHERE conversation_id = @id ORDER BY id",
                new { id }));
            foreach (var handoffId in ids)
                notes.AddRange(await RowsAsync(connection, tx, "SELECT handoff_id, agent, text, at_ms FROM handoff_note WHERE handoff_id = @handoffId ORDER BY id", new { handoffId }));
            verdicts.AddRange(await RowsAsync(connection, tx, "SELECT conversation_id, judge, score_json, judged_ms FROM flow_verdict WHERE conversation_id = @id", new { id }));
            photos.AddRange(await RowsAsync(connection, tx,
                "SELECT id, conversation_id, content_type, size_bytes, at_ms FROM photo WHERE conversation_id = @id ORDER BY ordinal", new { id }));
        }
        // Events of the shopper outside any transcript (e.g. a rating after the transcript was purged) and user state.
        events.AddRange(await RowsAsync(connection, tx,
            "SELECT at_ms, kind, conversation_id, shopper_id, intent, data_json FROM event WHERE shopper_id = @shopperId AND " + database.NotAmongConversations + " ORDER BY id",
            new { shopperId, conversations = database.ConversationList(conversations) }));
        state.AddRange(await RowsAsync(connection, tx, "SELECT key, json, updated_ms FROM bot_state WHERE " + UserKey, new { suffix = "/users/" + shopperId }));
        await tx.CommitAsync(ct);
        return new ShopperDataExport(shopperId, now, conversations, transcripts, state, events, handoffs, notes, verdicts) { Photos = photos };
    }

    public async Task<ShopperErasure> EraseAsync(string shopperId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(database.Snapshot, ct);
        var conversations = await ConversationsAsync(connection, tx, shopperId);
        int transcripts = 0, state = 0, events = 0, handoffs = 0, notes = 0, verdicts = 0, photos = 0;
        foreach (var id in conversations)
        {
            var pseudonym = Erasure.Pseudonym();
            transcripts += await connection.ExecuteAsync("DELETE FROM transcript WHERE conversation_id = @id", new { id }, tx);
            state += await connection.ExecuteAsync("DELETE FROM bot_state WHERE " + ConversationKey, new { suffix = "/conversations/" + id }, tx);
            events += await connection.ExecuteAsync(
                "UPDATE event SET conversation_id = @pseudonym, shopper_id = NULL WHERE conversation_id = @id", new { id, pseudonym }, tx);
            notes += await connection.ExecuteAsync(
                "DELETE FROM handoff_note WHERE handoff_id IN (SELECT id FROM handoff WHERE conversation_id = @id)", new { id }, tx);
            // An open handoff of an erased conversation has nothing left to work on: it is closed as erased.
            handoffs += await connection.ExecuteAsync(
                """
                UPDATE handoff SET conversation_id = @pseudonym, shopper_id = @erased, reference_json = '{}', summary = '',
                    disposition = CASE WHEN status IN ('waiting', 'active') THEN 'erased' ELSE disposition END,
                    closed_ms = CASE WHEN status IN ('waiting', 'active') THEN @nowMs ELSE closed_ms END,
                    status = CASE WHEN status IN ('waiting', 'active') THEN 'resolved' ELSE status END
                WHERE conversation_id = @id
                """, new { id, pseudonym, erased = ErasedShopper, nowMs = now.ToUnixTimeMilliseconds() }, tx);
            verdicts += await connection.ExecuteAsync("DELETE FROM flow_verdict WHERE conversation_id = @id", new { id }, tx);
            photos += await connection.ExecuteAsync("DELETE FROM photo WHERE conversation_id = @id", new { id }, tx);
        }
        events += await connection.ExecuteAsync("UPDATE event SET shopper_id = NULL WHERE shopper_id = @shopperId", new { shopperId }, tx);
        state += await connection.ExecuteAsync("DELETE FROM bot_state WHERE " + UserKey, new { suffix = "/users/" + shopperId }, tx);
        await tx.CommitAsync(ct);
        return new ShopperErasure(shopperId, conversations.Count, transcripts, state, events, handoffs, notes, verdicts) { Photos = photos };
    }

    public async Task<int> PurgeTranscriptsAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var args = new { cutoff = cutoff.ToUnixTimeMilliseconds() };
        var purged = await connection.ExecuteAsync("DELETE FROM transcript WHERE at_ms < @cutoff", args, tx);
        // A photo is part of the transcript that shows it: it follows the same retention.
        await connection.ExecuteAsync("DELETE FROM photo WHERE at_ms < @cutoff", args, tx);
        // What quotes a transcript goes with it: the judge's verdict once no entry of its conversation is left, and the
        // summary (with the shopper's last lines) of a handoff closed before the cutoff.
        await connection.ExecuteAsync(
            "DELETE FROM flow_verdict WHERE judged_ms < @cutoff AND conversation_id NOT IN (SELECT conversation_id FROM transcript)", args, tx);
        await connection.ExecuteAsync("UPDATE handoff SET summary = '' WHERE closed_ms < @cutoff AND summary <> ''", args, tx);
        await tx.CommitAsync(ct);
        return purged;
    }

    private string ConversationKey => database.KeyEndsWithSuffix;
    private string UserKey => database.KeyEndsWithSuffix;

    private static async Task<List<string>> ConversationsAsync(DbConnection connection, IDbTransaction tx, string shopperId) =>
        (await connection.QueryAsync<string>(
            """
            SELECT conversation_id FROM transcript WHERE from_id = @shopperId
            UNION SELECT conversation_id FROM event WHERE shopper_id = @shopperId
            UNION SELECT conversation_id FROM handoff WHERE shopper_id = @shopperId
            UNION SELECT conversation_id FROM photo WHERE shopper_id = @shopperId
            """, new { shopperId }, tx)).Order(StringComparer.Ordinal).ToList();

    private static async Task<IEnumerable<IReadOnlyDictionary<string, object?>>> RowsAsync(DbConnection connection, IDbTransaction tx, string sql, object args) =>
        (await connection.QueryAsync(sql, args, tx)).Select(row => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>((IDictionary<string, object?>)row));
}
