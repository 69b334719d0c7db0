using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>State, transcripts, events and flow verdicts: the same behaviour on SQLite and on PostgreSQL.</summary>
public abstract class StoreTests(IStoreProvider provider) : StoreSuite(provider)
{
    [ServerFact]
    public async Task A_restarted_process_finds_the_migrated_schema_and_the_data_intact()
    {
        await Store<ITranscriptLog>().AppendAsync(Entry("c", "in", "hello"));

        // A second process start (or a second instance): same database, migrations already applied, data intact.
        using var restarted = AnotherInstance();
        Assert.Equal(["hello"], (await restarted.GetRequiredService<ITranscriptLog>().ReadAsync("c")).Select(e => e.Text));
    }

    [ServerFact]
    public async Task State_round_trips_and_a_stale_etag_is_rejected()
    {
        var store = Store<IStateStore>();
        var first = await store.WriteAsync("conv/1", "{\"a\":1}", null);
        var second = await store.WriteAsync("conv/1", "{\"a\":2}", first.ETag);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.WriteAsync("conv/1", "{\"a\":3}", first.ETag));
        var read = Assert.Single(await store.ReadAsync(["conv/1", "missing"]));
        Assert.Equal("{\"a\":2}", read.Json);
        Assert.Equal(second.ETag, read.ETag);

        await store.WriteAsync("conv/1", "{\"a\":4}", "*");
        await store.DeleteAsync(["conv/1"]);
        Assert.Empty(await store.ReadAsync(["conv/1"]));
    }

    [ServerFact]
    public async Task Transcripts_keep_their_order_per_conversation()
    {
        var log = Store<ITranscriptLog>();
        await log.AppendAsync(Entry("a", "in", "1"));
        await log.AppendAsync(Entry("b", "in", "other conversation"));
        await log.AppendAsync(Entry("a", "out", "2"));
        await log.AppendAsync(Entry("a", "in", "3"));

        var entries = await log.ReadAsync("a");
        Assert.Equal(["1", "2", "3"], entries.Select(e => e.Text));
        Assert.Equal(["in", "out", "in"], entries.Select(e => e.Direction));
    }

    [ServerFact]
    public async Task Events_are_read_back_by_half_open_time_range()
    {
        var log = Store<IEventLog>();
        var t0 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
            await log.AppendAsync(new ShopEvent(t0.AddHours(i), ShopEventKinds.Turn, "c" + i, "s", "greeting", "{\"n\":" + i + "}"));

        var events = await log.ReadAsync(t0.AddHours(1), t0.AddHours(3));
        Assert.Equal(["c1", "c2"], events.Select(e => e.ConversationId));
        Assert.Equal(t0.AddHours(1), events[0].At);
        Assert.Equal("{\"n\":1}", events[0].DataJson);
    }

    [ServerFact]
    public async Task The_tail_read_returns_only_events_after_the_id_in_write_order_with_all_fields()
    {
        var log = Store<IEventLog>();
        var t0 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        // Written out of time order on purpose: the tail follows the write order, not the clock.
        int[] hours = [3, 1, 4, 0, 2];
        foreach (var h in hours)
            await log.AppendAsync(new ShopEvent(t0.AddHours(h).AddMilliseconds(7), ShopEventKinds.Turn, "c" + h, h == 4 ? null : "s" + h, h == 1 ? null : "greeting", h == 0 ? null : "{\"n\":" + h + "}"));

        var all = await log.ReadAfterAsync(0, 100);
        Assert.Equal(["c3", "c1", "c4", "c0", "c2"], all.Select(e => e.Event.ConversationId));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Id < p.Second.Id));

        var tail = await log.ReadAfterAsync(all[1].Id, 2);
        Assert.Equal([all[2].Id, all[3].Id], tail.Select(e => e.Id));
        Assert.Equal(new ShopEvent(t0.AddHours(4).AddMilliseconds(7), ShopEventKinds.Turn, "c4", null, "greeting", "{\"n\":4}"), tail[0].Event);
        Assert.Equal(new ShopEvent(t0.AddMilliseconds(7), ShopEventKinds.Turn, "c0", "s0", "greeting", null), tail[1].Event);
        Assert.Equal(new ShopEvent(t0.AddHours(1).AddMilliseconds(7), ShopEventKinds.Turn, "c1", "s1", null, "{\"n\":1}"), all[1].Event);
        Assert.Empty(await log.ReadAfterAsync(all[^1].Id, 10));

        // The same events as the range read gives, field for field.
        var ranged = await log.ReadAsync(t0, t0.AddDays(1));
        Assert.Equal(ranged.OrderBy(e => e.ConversationId), all.Select(e => e.Event).OrderBy(e => e.ConversationId));
    }

    [ServerFact]
    public async Task The_tail_read_since_a_moment_skips_older_events_even_when_written_later()
    {
        var log = Store<IEventLog>();
        var t0 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        int[] hours = [0, 1, 5, 2, 6, 3];
        foreach (var h in hours) await log.AppendAsync(new ShopEvent(t0.AddHours(h), ShopEventKinds.Turn, "c" + h, "s", null));

        var since = await log.ReadAfterAsync(0, 100, t0.AddHours(3));
        Assert.Equal(["c5", "c6", "c3"], since.Select(e => e.Event.ConversationId));
        Assert.Empty(await log.ReadAfterAsync(0, 100, t0.AddHours(7)));
        var afterFirst = await log.ReadAfterAsync(since[0].Id, 100, t0.AddHours(3));
        Assert.Equal(["c6", "c3"], afterFirst.Select(e => e.Event.ConversationId));
    }

    [ServerFact]
    public async Task Concurrent_writers_do_not_lose_transcript_lines()
    {
        var log = Store<ITranscriptLog>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++) await log.AppendAsync(Entry("busy", "in", $"{w}-{i}"));
        })));
        Assert.Equal(200, (await log.ReadAsync("busy")).Count);
    }

    [ServerFact]
    public async Task A_flow_verdict_is_kept_per_conversation_and_an_older_transcript_never_overwrites_a_newer_one()
    {
        var store = Store<IFlowVerdictStore>();
        var at = new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(new FlowVerdict("a", 4, "model", "{\"total\":80}", at));
        await store.SaveAsync(new FlowVerdict("a", 6, "model", "{\"total\":60}", at.AddMinutes(1)));
        await store.SaveAsync(new FlowVerdict("a", 5, "model", "{\"total\":99}", at.AddMinutes(2))); // a slower, older judgement
        await store.SaveAsync(new FlowVerdict("b", 2, "model", "{\"total\":40}", at));

        var read = await store.ReadAsync(["a", "b", "missing", "a"]);
        Assert.Equal(["a", "b"], read.Keys.Order());
        Assert.Equal(new FlowVerdict("a", 6, "model", "{\"total\":60}", at.AddMinutes(1)), read["a"]);
        Assert.Equal(2, read["b"].TranscriptEntries);
        Assert.Empty(await store.ReadAsync([]));
    }

    [ServerFact]
    public async Task A_turn_record_writes_its_state_transcript_and_events_together()
    {
        var at = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        await Store<ITurnRecorder>().RecordAsync(new TurnRecord(
            [new StateWrite("ch/conversations/t", "{\"turns\":1}", null)],
            [Entry("ch:t", "out", "reply")],
            [new ShopEvent(at, ShopEventKinds.Turn, "ch:t", "s", "greeting"), new ShopEvent(at, ShopEventKinds.RecommendationShown, "ch:t", "s", "greeting")]));

        Assert.Equal("{\"turns\":1}", Assert.Single(await Store<IStateStore>().ReadAsync(["ch/conversations/t"])).Json);
        Assert.Equal(["reply"], (await Store<ITranscriptLog>().ReadAsync("ch:t")).Select(e => e.Text));
        Assert.Equal([ShopEventKinds.Turn, ShopEventKinds.RecommendationShown], (await Store<IEventLog>().ReadAfterAsync(0, 10)).Select(e => e.Event.Kind));
    }

    [ServerFact]
    public async Task A_turn_record_that_fails_in_the_middle_writes_none_of_it()
    {
        var at = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var events = new ShopEvent[] { new(at, ShopEventKinds.Turn, "ch:t", "s", "greeting") };
        // The state and the first entry are written, then the second entry breaks the transcript's direction check.
        await Assert.ThrowsAnyAsync<Exception>(() => Store<ITurnRecorder>().RecordAsync(new TurnRecord(
            [new StateWrite("ch/conversations/t", "{}", null)], [Entry("ch:t", "out", "reply"), Entry("ch:t", "sideways", "broken")], events)));
        // A stale ETag fails the state write, after another document of the same record was written.
        var stored = await Store<IStateStore>().WriteAsync("ch/users/s", "{\"v\":1}", null);
        await Store<IStateStore>().WriteAsync("ch/users/s", "{\"v\":2}", stored.ETag);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store<ITurnRecorder>().RecordAsync(new TurnRecord(
            [new StateWrite("ch/conversations/t", "{}", null), new StateWrite("ch/users/s", "{\"v\":3}", stored.ETag)], [Entry("ch:t", "out", "reply")], events)));

        Assert.Empty(await Store<IStateStore>().ReadAsync(["ch/conversations/t"]));
        Assert.Equal("{\"v\":2}", Assert.Single(await Store<IStateStore>().ReadAsync(["ch/users/s"])).Json);
        Assert.Empty(await Store<ITranscriptLog>().ReadAsync("ch:t"));
        Assert.Empty(await Store<IEventLog>().ReadAfterAsync(0, 10));
    }

    private static TranscriptEntry Entry(string conversation, string direction, string text) =>
        new(conversation, direction, "message", null, "s", "user", text, "{}", DateTimeOffset.UtcNow);
}

public sealed class SqliteStoreTests() : StoreTests(new SqliteStores());

[Collection(PostgresCollection.Name), RequiresServers(Server.Postgres)]
public sealed class PostgresStoreTests(PostgresCluster cluster) : StoreTests(new PostgresStores(cluster));
