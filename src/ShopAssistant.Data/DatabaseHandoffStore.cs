using Dapper;

namespace ShopAssistant.Data;

/// <summary>
/// The handoff queue, shared by every instance on PostgreSQL. Claims, transfers and closes are single conditional
/// UPDATEs: the database locks the row, and the second of two racing agents (on any instance) re-reads it, finds the
/// status changed and updates nothing.
/// </summary>
public sealed class DatabaseHandoffStore(SqlDatabase database) : IHandoffStore
{
    private const string Columns = HandoffRow.Columns;

    private const string Insert =
        """
        INSERT INTO handoff (conversation_id, shopper_id, channel_id, reference_json, reason, priority, language, summary, after_hours, status, created_ms, customer_id)
        SELECT @ConversationId, @ShopperId, @ChannelId, @ReferenceJson, @Reason, @Priority, @Language, @Summary, @AfterHours, @Status, @CreatedMs, @CustomerId
        """;

    public async Task<Handoff> CreateAsync(Handoff h, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>(Insert + " RETURNING id", Args(h));
        return h with { Id = id, Status = HandoffStatus.Waiting };
    }

    public async Task<Handoff?> TryCreateAsync(Handoff h, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await database.SerializeAsync(connection, "handoff\n" + h.ConversationId, ct);
        var id = await connection.ExecuteScalarAsync<long?>(
            Insert + " WHERE NOT EXISTS (SELECT 1 FROM handoff WHERE conversation_id = @ConversationId AND status IN ('waiting', 'active')) RETURNING id",
            Args(h), tx);
        await tx.CommitIfAnyAsync(ct);
        return id is { } created ? h with { Id = created, Status = HandoffStatus.Waiting } : null;
    }

    public async Task<Handoff?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<HandoffRow>($"SELECT {Columns} FROM handoff WHERE id = @id", new { id });
        return row?.ToHandoff();
    }

    public async Task<Handoff?> FindOpenAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<HandoffRow>(
            $"SELECT {Columns} FROM handoff WHERE conversation_id = @conversationId AND status IN ('waiting', 'active') ORDER BY id DESC LIMIT 1",
            new { conversationId });
        return row?.ToHandoff();
    }

    public async Task<IReadOnlyList<Handoff>> ListAsync(string? status, int limit = 200, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var among = database.AmongList("status", "statuses");
        var sql = status is null or HandoffStatus.Waiting or HandoffStatus.Active
            ? $"SELECT {Columns} FROM handoff WHERE {among} ORDER BY status = 'active', priority, created_ms LIMIT @limit"
            : $"SELECT {Columns} FROM handoff WHERE {among} ORDER BY closed_ms DESC NULLS LAST LIMIT @limit";
        var statuses = status is null ? new[] { HandoffStatus.Waiting, HandoffStatus.Active } : [status];
        var rows = await connection.QueryAsync<HandoffRow>(sql, new { statuses, limit });
        return rows.Select(r => r.ToHandoff()).ToList();
    }

    public async Task<bool> TryClaimAsync(long id, string agent, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE handoff SET status = 'active', agent = @agent, claimed_ms = @at WHERE id = @id AND status = 'waiting'",
            new { id, agent, at = at.ToUnixTimeMilliseconds() }) == 1;
    }

    public async Task<bool> TryTransferAsync(long id, string fromAgent, string toAgent, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE handoff SET agent = @toAgent WHERE id = @id AND status = 'active' AND agent = @fromAgent",
            new { id, fromAgent, toAgent }) == 1;
    }

    public async Task MarkFirstReplyAsync(long id, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync("UPDATE handoff SET first_reply_ms = @at WHERE id = @id AND first_reply_ms IS NULL",
            new { id, at = at.ToUnixTimeMilliseconds() });
    }

    public async Task<bool> TryCloseAsync(long id, string agent, string status, string? disposition, DateTimeOffset at, CancellationToken ct = default)
    {
        if (status is not (HandoffStatus.Resolved or HandoffStatus.ReturnedToBot)) throw new ArgumentOutOfRangeException(nameof(status));
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE handoff SET status = @status, disposition = @disposition, closed_ms = @at WHERE id = @id AND status = 'active' AND agent = @agent",
            new { id, agent, status, disposition, at = at.ToUnixTimeMilliseconds() }) == 1;
    }

    public async Task AddNoteAsync(HandoffNote note, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync("INSERT INTO handoff_note (handoff_id, agent, text, at_ms) VALUES (@HandoffId, @Agent, @Text, @AtMs)",
            new { note.HandoffId, note.Agent, note.Text, AtMs = note.At.ToUnixTimeMilliseconds() });
    }

    public async Task<IReadOnlyList<HandoffNote>> NotesAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(long HandoffId, string Agent, string Text, long AtMs)>(
            "SELECT handoff_id, agent, text, at_ms FROM handoff_note WHERE handoff_id = @id ORDER BY id", new { id });
        return rows.Select(r => new HandoffNote(r.HandoffId, r.Agent, r.Text, Millis.At(r.AtMs))).ToList();
    }

    private static object Args(Handoff h) => new
    {
        h.ConversationId, h.ShopperId, h.ChannelId, h.ReferenceJson, h.Reason, Priority = (long)h.Priority, h.Language, h.Summary, h.AfterHours,
        Status = HandoffStatus.Waiting, CreatedMs = h.CreatedAt.ToUnixTimeMilliseconds(), CustomerId = (long?)h.CustomerId,
    };
}
