using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>The trust stores: owners, guessing counts, one open handoff, inbound activities stored once.</summary>
public abstract class TrustStoreTests(IStoreProvider provider) : StoreSuite(provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(8));

    [ServerFact]
    public async Task The_first_sender_owns_a_conversation_and_later_claims_read_that_owner()
    {
        var owners = Store<IConversationOwners>();
        var first = await owners.ClaimAsync(new ConversationOwner("ch:c1", "ch", "alice", 13047), Now);
        var second = await owners.ClaimAsync(new ConversationOwner("ch:c1", "ch", "mallory", null), Now);

        Assert.Equal("alice", first.ShopperId);
        Assert.Equal(first, second);
        Assert.False(second.SameShopper(new ConversationOwner("ch:c1", "ch", "mallory", null)));
        // Finding reads the owner without claiming: a photo's viewer is checked against it (issue 14).
        Assert.Equal(first, await owners.FindAsync("ch:c1"));
        Assert.Null(await owners.FindAsync("ch:never-seen"));
    }

    [ServerFact]
    public void Failures_lock_an_order_at_the_limit_within_the_window_across_clients_and_the_lock_ends()
    {
        var ledger = Store<IVerificationLedger>();
        var window = TimeSpan.FromHours(1);
        IReadOnlyList<string> locked = [];
        for (var i = 0; i < 5; i++) locked = ledger.RecordFailure(536367, $"client-{i}", Now.AddMinutes(i), window, 5, window);

        Assert.Equal(["order:536367"], locked);
        Assert.True(ledger.IsLocked(["order:536367"], Now.AddMinutes(30)));
        Assert.False(ledger.IsLocked(["order:536368", "client:client-0"], Now.AddMinutes(30)));
        Assert.False(ledger.IsLocked(["order:536367"], Now.AddMinutes(4 + 61)));
    }

    [ServerFact]
    public void Failures_older_than_the_window_do_not_count()
    {
        var ledger = Store<IVerificationLedger>();
        var window = TimeSpan.FromHours(1);
        for (var i = 0; i < 4; i++) ledger.RecordFailure(536367, "c", Now.AddHours(-2).AddMinutes(i), window, 5, window);

        Assert.Empty(ledger.RecordFailure(536367, "d", Now, window, 5, window));
    }

    [ServerFact]
    public async Task Only_one_open_handoff_per_conversation_even_when_created_concurrently()
    {
        var store = Store<IHandoffStore>();
        var handoff = new Handoff(0, "ch:c", "s", "ch", "{}", "safety", 0, "en", "", false, HandoffStatus.Waiting, null, null, Now, null, null, null, 13047);

        var created = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.TryCreateAsync(handoff))));

        var one = Assert.Single(created, h => h is not null)!;
        Assert.Equal(13047, (await store.GetAsync(one.Id))!.CustomerId);
    }

    [ServerFact]
    public async Task An_inbound_activity_is_stored_once_per_conversation_and_id()
    {
        var log = Store<ITranscriptLog>();
        var entry = new TranscriptEntry("ch:c", "in", "message", "a1", "s", "user", "hi", "{}", Now);

        Assert.True(await log.AppendInboundOnceAsync(entry));
        Assert.False(await log.AppendInboundOnceAsync(entry));
        Assert.True(await log.AppendInboundOnceAsync(entry with { ConversationId = "other:c" }));
        Assert.True(await log.AppendInboundOnceAsync(entry with { ActivityId = null }));
        Assert.Equal(2, (await log.ReadAsync("ch:c")).Count);
    }

    [ServerFact]
    public async Task Unanswered_messages_are_the_recent_last_entries_of_their_conversations()
    {
        var log = Store<ITranscriptLog>();
        TranscriptEntry E(string c, string dir, DateTimeOffset at, string type = "message") => new(c, dir, type, Guid.NewGuid().ToString("N"), "s", "user", c, "{}", at);
        await log.AppendAsync(E("answered", "in", Now));
        await log.AppendAsync(E("answered", "out", Now));
        await log.AppendAsync(E("left", "out", Now));
        await log.AppendAsync(E("left", "in", Now));
        await log.AppendAsync(E("old", "in", Now.AddHours(-1)));
        await log.AppendAsync(E("update", "in", Now, "conversationUpdate"));

        var unanswered = await log.UnansweredAsync(Now.AddMinutes(-10));

        Assert.Equal(["left"], unanswered.Select(u => u.ConversationId));
    }
}

public sealed class SqliteTrustStoreTests() : TrustStoreTests(new SqliteStores());

[Collection(PostgresCollection.Name), RequiresServers(Server.Postgres)]
public sealed class PostgresTrustStoreTests(PostgresCluster cluster) : TrustStoreTests(new PostgresStores(cluster));
