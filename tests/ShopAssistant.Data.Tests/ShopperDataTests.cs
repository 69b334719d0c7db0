using Dapper;
using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>Issue 11 item 6: one shopper's data can be exported and erased, and old transcripts are purged.</summary>
public abstract class ShopperDataTests(IStoreProvider provider) : StoreSuite(provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);

    private async Task SeedAsync(string shopper, string conversation)
    {
        var transcripts = Store<ITranscriptLog>();
        await transcripts.AppendAsync(new TranscriptEntry(conversation, "in", "message", "1", shopper, "user", $"hello from {shopper}", "{}", Now));
        await transcripts.AppendAsync(new TranscriptEntry(conversation, "out", "message", "2", "bot", "bot", "hi", "{}", Now));
        var events = Store<IEventLog>();
        await events.AppendAsync(new ShopEvent(Now, ShopEventKinds.Turn, conversation, shopper, "greeting", "{}"));
        await events.AppendAsync(new ShopEvent(Now, ShopEventKinds.Rating, conversation, shopper, null, "{\"stars\":5}"));
        var state = Store<IStateStore>();
        await state.WriteAsync($"webchat/conversations/{conversation}", "{\"memory\":1}", null);
        await state.WriteAsync($"webchat/users/{shopper}", "{\"user\":1}", null);
        var handoffs = Store<IHandoffStore>();
        var handoff = await handoffs.CreateAsync(new Handoff(0, conversation, shopper, "webchat", "{\"ref\":1}", "shopper_request", 1, "zh",
            $"summary of {shopper}", false, HandoffStatus.Waiting, null, null, Now, null, null, null));
        await handoffs.AddNoteAsync(new HandoffNote(handoff.Id, "lily", $"note about {shopper}", Now));
        await Store<IFlowVerdictStore>().SaveAsync(new FlowVerdict(conversation, 2, "llm", "{}", Now));
        Assert.True((await Store<IPhotoStore>().SaveAsync([Photo($"p-{shopper}", conversation, shopper, Now)], 10)).Saved);
    }

    internal static StoredPhoto Photo(string id, string conversation, string shopper, DateTimeOffset at) =>
        new(new PhotoInfo(id, conversation, shopper, "image/png", 4, at), [0x89, 0x50, 0x4E, 0x47]);

    [ServerFact]
    public async Task Export_holds_every_kind_of_row_of_that_shopper_and_none_of_another()
    {
        await SeedAsync("17850", "c-1");
        await SeedAsync("13047", "c-2");

        var export = await Store<IShopperDataStore>().ExportAsync("17850", Now);

        Assert.Equal(["c-1"], export.ConversationIds);
        Assert.Equal(2, export.Transcripts.Count);
        Assert.Equal(2, export.State.Count);
        Assert.Equal(2, export.Events.Count);
        Assert.Single(export.Handoffs);
        Assert.Single(export.HandoffNotes);
        Assert.Single(export.FlowVerdicts);
        // Photos are listed as metadata only: which, what type, how big, when.
        var photo = Assert.Single(export.Photos);
        Assert.Equal("p-17850", photo["id"]);
        Assert.Equal("image/png", photo["content_type"]);
        Assert.Equal(4L, Convert.ToInt64(photo["size_bytes"]));
        Assert.False(photo.ContainsKey("bytes"));
        Assert.DoesNotContain("13047", System.Text.Json.JsonSerializer.Serialize(export));
    }

    [ServerFact]
    public async Task Erasure_deletes_the_shoppers_text_and_state_but_keeps_the_counts_anonymised()
    {
        await SeedAsync("17850", "c-1");
        await SeedAsync("13047", "c-2");
        var data = Store<IShopperDataStore>();

        var erased = await data.EraseAsync("17850", Now);

        Assert.Equal(1, erased.Conversations);
        Assert.Equal(2, erased.TranscriptEntries);
        Assert.Equal(2, erased.StateDocuments);
        Assert.Equal(1, erased.HandoffsAnonymised);
        Assert.Equal(1, erased.Photos);
        Assert.Empty(await Store<ITranscriptLog>().ReadAsync("c-1"));
        Assert.Null(await Store<IPhotoStore>().GetAsync("p-17850"));
        Assert.NotNull(await Store<IPhotoStore>().GetAsync("p-13047"));
        var export = await data.ExportAsync("17850", Now);
        Assert.Empty(export.ConversationIds);
        Assert.Empty(export.State);
        Assert.Empty(export.Events);

        // The dashboard still counts both conversations' turns and ratings, but nothing names the erased shopper.
        var events = await Store<IEventLog>().ReadAsync(Now.AddDays(-1), Now.AddDays(1));
        Assert.Equal(4, events.Count);
        Assert.Equal(2, events.Count(e => e.ShopperId is null && e.ConversationId.StartsWith("erased-", StringComparison.Ordinal)));
        await using var connection = await OpenAsync();
        var dump = string.Join("\n", await connection.QueryAsync<string>(
            "SELECT coalesce(text, '') FROM transcript UNION ALL SELECT summary || shopper_id || reference_json FROM handoff UNION ALL SELECT text FROM handoff_note UNION ALL SELECT key || json FROM bot_state"));
        Assert.DoesNotContain("17850", dump);
        Assert.Contains("13047", dump);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM handoff WHERE status IN ('waiting', 'active') AND shopper_id = 'erased'"));
    }

    [ServerFact]
    public async Task Retention_purges_only_transcript_entries_older_than_the_cutoff()
    {
        var transcripts = Store<ITranscriptLog>();
        await transcripts.AppendAsync(new TranscriptEntry("old", "in", "message", null, "s", "user", "old", "{}", Now.AddDays(-200)));
        await transcripts.AppendAsync(new TranscriptEntry("new", "in", "message", null, "s", "user", "new", "{}", Now.AddDays(-10)));

        var verdicts = Store<IFlowVerdictStore>();
        await verdicts.SaveAsync(new FlowVerdict("old", 1, "llm", "{\"quote\":\"old\"}", Now.AddDays(-199)));
        await verdicts.SaveAsync(new FlowVerdict("new", 1, "llm", "{}", Now.AddDays(-9)));
        var handoffs = Store<IHandoffStore>();
        var closed = await handoffs.CreateAsync(new Handoff(0, "old", "s", "webchat", "{}", "shopper_request", 1, "zh", "> old words", false,
            HandoffStatus.Waiting, null, null, Now.AddDays(-200), null, null, null));
        Assert.True(await handoffs.TryClaimAsync(closed.Id, "lily", Now.AddDays(-200)));
        Assert.True(await handoffs.TryCloseAsync(closed.Id, "lily", HandoffStatus.Resolved, "done", Now.AddDays(-200)));

        var photos = Store<IPhotoStore>();
        await photos.SaveAsync([Photo("old-photo", "old", "s", Now.AddDays(-200))], 10);
        await photos.SaveAsync([Photo("new-photo", "new", "s", Now.AddDays(-10))], 10);

        Assert.Equal(1, await Store<IShopperDataStore>().PurgeTranscriptsAsync(Now.AddDays(-180)));
        Assert.Null(await photos.GetAsync("old-photo"));
        Assert.NotNull(await photos.GetAsync("new-photo"));
        Assert.Empty(await transcripts.ReadAsync("old"));
        Assert.Single(await transcripts.ReadAsync("new"));
        Assert.Equal(["new"], (await verdicts.ReadAsync(["old", "new"])).Keys);
        Assert.Equal("", (await handoffs.GetAsync(closed.Id))!.Summary);
    }

    [ServerFact]
    public async Task Staff_sessions_are_found_until_ended_or_expired()
    {
        var sessions = Store<IStaffSessionStore>();
        await sessions.CreateAsync(new StaffSession("s1", "lily", "agent", "stamp", Now, Now.AddHours(12)));
        await sessions.CreateAsync(new StaffSession("s2", "lily", "agent", "stamp", Now.AddHours(-13), Now.AddHours(-1)));
        Assert.Equal("lily", (await sessions.GetAsync("s1"))?.UserName);

        Assert.Equal(1, await sessions.PurgeExpiredAsync(Now));
        Assert.Null(await sessions.GetAsync("s2"));
        await sessions.EndAsync("s1");
        Assert.Null(await sessions.GetAsync("s1"));
    }
}

public sealed class SqliteShopperDataTests() : ShopperDataTests(new SqliteStores());

[Collection(PostgresCollection.Name), RequiresServers(Server.Postgres)]
public sealed class PostgresShopperDataTests(PostgresCluster cluster) : ShopperDataTests(new PostgresStores(cluster));
