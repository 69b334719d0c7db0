using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabaseConversationOwners(SqlDatabase database) : IConversationOwners
{
    private const string Read = "SELECT channel_id, shopper_id, customer_id FROM conversation_owner WHERE conversation_key = @ConversationKey";

    public async Task<ConversationOwner> ClaimAsync(ConversationOwner owner, DateTimeOffset at, CancellationToken ct = default)
    {
        // Every turn after a conversation's first only reads its owner: no write, so no wait for SQLite's writer.
        await using (var reader = await database.OpenConnectionAsync(ct))
        {
            var known = await reader.QuerySingleOrDefaultAsync<(string? ChannelId, string ShopperId, long? CustomerId)>(Read, new { owner.ConversationKey });
            if (known.ChannelId is not null) return new ConversationOwner(owner.ConversationKey, known.ChannelId, known.ShopperId, (int?)known.CustomerId);
        }
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // Insert unless present, then read back: whoever came first owns the conversation, even when two first
        // activities race (on two instances, too: the primary key lets exactly one insert through).
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_owner (conversation_key, channel_id, shopper_id, customer_id, created_ms)
            VALUES (@ConversationKey, @ChannelId, @ShopperId, @CustomerId, @atMs)
            ON CONFLICT (conversation_key) DO NOTHING
            """, new { owner.ConversationKey, owner.ChannelId, owner.ShopperId, CustomerId = (long?)owner.CustomerId, atMs = at.ToUnixTimeMilliseconds() });
        var stored = await connection.QuerySingleAsync<(string ChannelId, string ShopperId, long? CustomerId)>(Read, new { owner.ConversationKey });
        return new ConversationOwner(owner.ConversationKey, stored.ChannelId, stored.ShopperId, (int?)stored.CustomerId);
    }

    public async Task<ConversationOwner?> FindAsync(string conversationKey, CancellationToken ct = default)
    {
        await using var reader = await database.OpenConnectionAsync(ct);
        var known = await reader.QuerySingleOrDefaultAsync<(string? ChannelId, string ShopperId, long? CustomerId)>(Read, new { ConversationKey = conversationKey });
        return known.ChannelId is null ? null : new ConversationOwner(conversationKey, known.ChannelId, known.ShopperId, (int?)known.CustomerId);
    }
}

/// <summary>The guessing bound; on a shared database a failure counted on one instance counts on all, and so does a lock.</summary>
public sealed class DatabaseVerificationLedger(SqlDatabase database) : IVerificationLedger
{
    public bool IsLocked(IReadOnlyCollection<string> subjects, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM verification_lock WHERE {database.AmongList("subject", "subjects")} AND until_ms > @nowMs",
            new { subjects = subjects.ToArray(), nowMs = now.ToUnixTimeMilliseconds() }) > 0;
    }

    public IReadOnlyList<string> RecordFailure(int orderNo, string clientKey, DateTimeOffset now, TimeSpan window, int maxFailures, TimeSpan lockFor)
    {
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        var nowMs = now.ToUnixTimeMilliseconds();
        var sinceMs = (now - window).ToUnixTimeMilliseconds();
        connection.Execute("INSERT INTO verification_failure (order_no, client_key, at_ms) VALUES (@orderNo, @clientKey, @nowMs)",
            new { orderNo = (long)orderNo, clientKey, nowMs }, tx);
        var byOrder = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM verification_failure WHERE order_no = @orderNo AND at_ms > @sinceMs",
            new { orderNo = (long)orderNo, sinceMs }, tx);
        var byClient = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM verification_failure WHERE client_key = @clientKey AND at_ms > @sinceMs",
            new { clientKey, sinceMs }, tx);
        var locked = new List<string>();
        if (byOrder >= maxFailures) locked.Add(VerificationSubjects.Order(orderNo));
        if (byClient >= maxFailures) locked.Add(VerificationSubjects.Client(clientKey));
        // A lock only ever lengthens.
        foreach (var subject in locked)
            connection.Execute(
                """
                INSERT INTO verification_lock (subject, until_ms) VALUES (@subject, @untilMs)
                ON CONFLICT (subject) DO UPDATE SET until_ms = excluded.until_ms WHERE excluded.until_ms > verification_lock.until_ms
                """, new { subject, untilMs = (now + lockFor).ToUnixTimeMilliseconds() }, tx);
        // Old failures count for nothing after the window; keep the table small.
        connection.Execute("DELETE FROM verification_failure WHERE at_ms < @oldMs", new { oldMs = (now - 2 * window).ToUnixTimeMilliseconds() }, tx);
        tx.Commit();
        return locked;
    }
}
