using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>
/// What a scaled-out shop needs from PostgreSQL beyond the shared suites: instances that start together migrate once,
/// and the single-winner operations hold between two instances (two connection pools), not only within one process.
/// </summary>
[Collection(PostgresCollection.Name), RequiresServers(Server.Postgres)]
public sealed class PostgresDatabaseTests(PostgresCluster cluster) : StoreSuite(new PostgresStores(cluster))
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [ServerFact]
    public async Task Instances_starting_together_migrate_the_schema_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => AnotherInstance()).ToList();
        await Task.WhenAll(instances.Select(i => Task.Run(async () => await (await i.GetRequiredService<IShopDatabase>().OpenConnectionAsync()).DisposeAsync())));

        await using var connection = await OpenAsync();
        Assert.Equal([1, 2, 3], await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("postgres", Store<IShopDatabase>().Provider);
    }

    [ServerFact]
    public void A_shared_secret_is_made_once_and_every_instance_reads_the_same_one()
    {
        var first = Store<ISharedSecrets>().GetOrCreate("staff-stamp.key", 32);
        var second = AnotherInstance().GetRequiredService<ISharedSecrets>().GetOrCreate("staff-stamp.key", 32);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.NotEqual(first, Store<ISharedSecrets>().GetOrCreate("another", 32));
    }

    [ServerFact]
    public async Task Racing_claims_from_two_instances_have_exactly_one_winner()
    {
        var (a, b) = (Store<IHandoffStore>(), AnotherInstance().GetRequiredService<IHandoffStore>());
        for (var round = 0; round < 20; round++)
        {
            var handoff = await a.CreateAsync(new Handoff(0, $"ch:c{round}", "s", "ch", "{}", "shopper_request", 1, "zh", "", false,
                HandoffStatus.Waiting, null, null, Now, null, null, null));
            var claims = await Task.WhenAll(
                Task.Run(() => a.TryClaimAsync(handoff.Id, "lily", Now)),
                Task.Run(() => b.TryClaimAsync(handoff.Id, "wang", Now)));

            Assert.Single(claims, won => won);
            var agent = (await b.GetAsync(handoff.Id))!.Agent;
            Assert.Equal(claims[0] ? "lily" : "wang", agent);
        }
    }

    [ServerFact]
    public async Task A_redelivery_reaching_both_instances_at_once_is_stored_once_and_one_handoff_is_opened()
    {
        var other = AnotherInstance();
        var entry = new TranscriptEntry("ch:c", "in", "message", "a1", "s", "user", "转人工", "{}", Now);
        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store<ITranscriptLog>() : other.GetRequiredService<ITranscriptLog>()).AppendInboundOnceAsync(entry))));
        Assert.Single(stored, s => s);

        var handoff = new Handoff(0, "ch:c", "s", "ch", "{}", "shopper_request", 1, "zh", "", false, HandoffStatus.Waiting, null, null, Now, null, null, null);
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store<IHandoffStore>() : other.GetRequiredService<IHandoffStore>()).TryCreateAsync(handoff))));
        Assert.Single(created, h => h is not null);
    }

    [ServerFact]
    public async Task A_dashboard_tailing_the_event_log_misses_nothing_that_two_instances_write_at_once()
    {
        var writers = new[] { Store<IEventLog>(), AnotherInstance().GetRequiredService<IEventLog>() };
        var seen = new List<LoggedEvent>();
        var writing = Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++) await writers[w % 2].AppendAsync(new ShopEvent(Now, ShopEventKinds.Turn, $"c{w}-{i}", "s", null));
        })));
        // Tail by id while the writers run, as the dashboard's projection does; a smaller id committed late would be lost.
        var reader = Store<IEventLog>();
        while (!writing.IsCompleted)
        {
            seen.AddRange(await reader.ReadAfterAsync(seen.Count == 0 ? 0 : seen[^1].Id, 1000));
        }
        await writing;
        seen.AddRange(await reader.ReadAfterAsync(seen.Count == 0 ? 0 : seen[^1].Id, 1000));

        Assert.Equal(240, seen.Select(e => e.Event.ConversationId).Distinct().Count());
        Assert.Equal(240, seen.Count);
    }

    [ServerFact]
    public async Task A_turn_records_state_transcript_and_events_share_one_transaction()
    {
        await Store<ITurnRecorder>().RecordAsync(new TurnRecord(
            [new StateWrite("ch/conversations/t", "{}", null)],
            [new TranscriptEntry("ch:t", "out", "message", null, "bot", "bot", "reply", "{}", Now)],
            [new ShopEvent(Now, ShopEventKinds.Turn, "ch:t", "s", "greeting"), new ShopEvent(Now, ShopEventKinds.RecommendationShown, "ch:t", "s", null)]));

        // xmin is the id of the transaction that wrote the row: one id for all four rows.
        await using var connection = await OpenAsync();
        var transactions = await connection.QueryAsync<string>(
            """
            SELECT xmin::text FROM bot_state UNION ALL SELECT xmin::text FROM transcript UNION ALL SELECT xmin::text FROM event
            """);
        Assert.Equal(4, transactions.Count());
        Assert.Single(transactions.Distinct());
    }

    [ServerFact]
    public async Task A_dashboard_tailing_the_event_log_misses_nothing_that_two_instances_record_in_turns_at_once()
    {
        var recorders = new[] { Store<ITurnRecorder>(), AnotherInstance().GetRequiredService<ITurnRecorder>() };
        var seen = new List<LoggedEvent>();
        // Each turn also writes state and a transcript line before its events, as a shopper's turn does.
        var writing = Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
                await recorders[w % 2].RecordAsync(new TurnRecord(
                    [new StateWrite($"ch/conversations/c{w}", "{\"i\":" + i + "}", null)],
                    [new TranscriptEntry($"ch:c{w}", "out", "message", null, "bot", "bot", $"{i}", "{}", Now)],
                    [new ShopEvent(Now, ShopEventKinds.Turn, $"c{w}-{i}", "s", null), new ShopEvent(Now, ShopEventKinds.RecommendationShown, $"c{w}-{i}", "s", null)]));
        })));
        var reader = Store<IEventLog>();
        while (!writing.IsCompleted) seen.AddRange(await reader.ReadAfterAsync(seen.Count == 0 ? 0 : seen[^1].Id, 1000));
        await writing;
        seen.AddRange(await reader.ReadAfterAsync(seen.Count == 0 ? 0 : seen[^1].Id, 1000));

        Assert.Equal(360, seen.Count);
        Assert.Equal(180, seen.Select(e => e.Event.ConversationId).Distinct().Count());
    }
}
