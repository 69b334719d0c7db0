using Dapper;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Assistant;
using ShopAssistant.Data;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Bot.Tests;

/// <summary>
/// A turn's outbound writes (the reply's transcript entry, the turn's events, the conversation state) commit together,
/// before the reply leaves; a turn that fails leaves only the shopper's message behind.
/// </summary>
public sealed class OneTransactionPerTurnTests
{
    [Fact]
    public async Task The_reply_the_turn_event_and_the_state_are_one_record_stored_before_the_reply_is_sent()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("one-tx");
        var storedWhenSent = (Transcript: -1, Events: -1, State: -1);
        adapter.Use(new WhenSending(async () => storedWhenSent = await CountAsync(harness, "one-tx")));

        await harness.Flow(adapter).Send("运费怎么算？").AssertReply(_ => { }).StartTestAsync();

        // The shopper's message went first, on its own; everything after it, in one record.
        var record = Assert.Single(harness.Recorder.Committed);
        Assert.Equal([TranscriptEntry.Outbound], record.Transcript.Select(t => t.Direction));
        Assert.Equal([ShopEventKinds.Turn], record.Events.Select(e => e.Kind));
        Assert.Equal(["test/conversations/one-tx"], record.State.Select(s => s.Key));
        Assert.Equal((2, 1, 1), storedWhenSent);
        Assert.Equal((2, 1, 1), await CountAsync(harness, "one-tx"));
    }

    [Fact]
    public async Task A_turn_whose_writes_fail_sends_nothing_and_stores_nothing_but_the_shoppers_message()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("failing-write");
        Exception? failure = null;
        adapter.OnTurnError = (_, e) => { failure = e; return Task.CompletedTask; };
        harness.Recorder.Before = _ => throw new InvalidOperationException("disk full");

        await harness.Flow(adapter).Send("运费怎么算？").AssertNoReply().StartTestAsync();

        Assert.Equal("disk full", failure?.Message);
        Assert.Empty(harness.Recorder.Committed);
        Assert.Equal((1, 0, 0), await CountAsync(harness, "failing-write"));
        Assert.Equal([TranscriptEntry.Inbound], (await harness.Transcripts.ReadAsync(BotHarness.Key("failing-write"))).Select(t => t.Direction));
    }

    [Fact]
    public async Task A_turn_that_fails_after_logging_an_event_keeps_none_of_it_and_its_apology_is_stored()
    {
        var harness = new BotHarness(assistant: new FailingAssistant());
        var adapter = harness.NewAdapter("failing-turn");
        adapter.OnTurnError = (context, _) => context.SendActivityAsync("sorry");
        var click = adapter.MakeActivity();
        // A product click logs its event first, then asks the assistant, which fails.
        click.Value = new Newtonsoft.Json.Linq.JObject { ["action"] = ProductCards.ClickAction, ["stockCode"] = "85123A" };

        await harness.Flow(adapter).Send(click).AssertReply("sorry").StartTestAsync();

        var transcript = await harness.Transcripts.ReadAsync(BotHarness.Key("failing-turn"));
        Assert.Equal([TranscriptEntry.Inbound, TranscriptEntry.Outbound], transcript.Select(t => t.Direction));
        Assert.Equal("sorry", transcript[1].Text);
        Assert.Equal((2, 0, 0), await CountAsync(harness, "failing-turn"));
    }

    private static async Task<(int Transcript, int Events, int State)> CountAsync(BotHarness harness, string conversation)
    {
        await using var connection = await new SqliteDatabase(Path.Combine(harness.Folder, "shop.db")).OpenAsync();
        var key = BotHarness.Key(conversation);
        return (
            await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM transcript WHERE conversation_id = @key", new { key }),
            await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM event WHERE conversation_id = @key", new { key }),
            await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bot_state WHERE key LIKE '%/conversations/' || @conversation", new { conversation }));
    }

    private sealed class FailingAssistant : IShopAssistant
    {
        public AssistantReply Welcome(string? locale) => throw new InvalidOperationException("no welcome");

        public Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default) =>
            throw new InvalidOperationException("the assistant failed");
    }

    /// <summary>Runs a probe as each message is about to leave, after every middleware before it.</summary>
    private sealed class WhenSending(Func<Task> probe) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (_, activities, send) =>
            {
                if (activities.Any(a => a.Type == ActivityTypes.Message)) await probe();
                return await send();
            });
            return next(cancellationToken);
        }
    }
}
