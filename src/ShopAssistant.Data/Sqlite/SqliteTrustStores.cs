using Dapper;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteConversationOwners(SqliteDatabase database) : IConversationOwners
{
    private const string Read = "SELECT channel_id, shopper_id, customer_id FROM conversation_owner WHERE conversation_key = @ConversationKey";

    public async Task<ConversationOwner> ClaimAsync(ConversationOwner owner, DateTimeOffset at, CancellationToken ct = default)
    {
        // Every turn after a conversation's first only reads its owner: no write, so no wait for the writer.
        await using (var reader = await database.OpenAsync(ct))
        {
            var known = await reader.QuerySingleOrDefaultAsync<(string? ChannelId, string ShopperId, long? CustomerId)>(Read, new { owner.ConversationKey });
            if (known.ChannelId is not null) return new ConversationOwner(owner.ConversationKey, known.ChannelId, known.ShopperId, (int?)known.CustomerId);
        }
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // INSERT OR IGNORE then read back: whoever came first owns the conversation, even when two first activities race.
        await connection.ExecuteAsync(
            """
            INSERT OR IGNORE INTO conversation_owner (conversation_key, channel_id, shopper_id, customer_id, created_ms)
            VALUES (@ConversationKey, @ChannelId, @ShopperId, @CustomerId, @atMs)
            """, new { owner.ConversationKey, owner.ChannelId, owner.ShopperId, owner.CustomerId, atMs = at.ToUnixTimeMilliseconds() });
        var stored = await connection.QuerySingleAsync<(string ChannelId, string ShopperId, long? CustomerId)>(Read, new { owner.ConversationKey });
        return new ConversationOwner(owner.ConversationKey, stored.ChannelId, stored.ShopperId, (int?)stored.CustomerId);
    }
}

public sealed class SqliteVerificationLedger(SqliteDatabase database) : IVerificationLedger
{
    public bool IsLocked(IReadOnlyCollection<string> subjects, DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM verification_lock WHERE subject IN @subjects AND until_ms > @nowMs",
            new { subjects, nowMs = now.ToUnixTimeMilliseconds() }) > 0;
    }

    public IReadOnlyList<string> RecordFailure(int orderNo, string clientKey, DateTimeOffset now, TimeSpan window, int maxFailures, TimeSpan lockFor)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var nowMs = now.ToUnixTimeMilliseconds();
        var sinceMs = (now - window).ToUnixTimeMilliseconds();
        connection.Execute("INSERT INTO verification_failure (order_no, client_key, at_ms) VALUES (@orderNo, @clientKey, @nowMs)",
            new { orderNo, clientKey, nowMs }, tx);
        var byOrder = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM verification_failure WHERE order_no = @orderNo AND at_ms > @sinceMs",
            new { orderNo, sinceMs }, tx);
        var byClient = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM verification_failure WHERE client_key = @clientKey AND at_ms > @sinceMs",
            new { clientKey, sinceMs }, tx);
        var locked = new List<string>();
        if (byOrder >= maxFailures) locked.Add(VerificationSubjects.Order(orderNo));
        if (byClient >= maxFailures) locked.Add(VerificationSubjects.Client(clientKey));
        foreach (var subject in locked)
            connection.Execute(
                """
                INSERT INTO verification_lock (subject, until_ms) VALUES (@subject, @untilMs)
                ON CONFLICT (subject) DO UPDATE SET until_ms = MAX(until_ms, excluded.until_ms)
                """, new { subject, untilMs = (now + lockFor).ToUnixTimeMilliseconds() }, tx);
        // Old failures count for nothing after the window; keep the table small.
        connection.Execute("DELETE FROM verification_failure WHERE at_ms < @oldMs", new { oldMs = (now - 2 * window).ToUnixTimeMilliseconds() }, tx);
        tx.Commit();
        return locked;
    }

}
