using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

/// <summary>Nothing a shopper said or was told is lost when the process dies mid-turn: both are stored before the reply leaves.</summary>
public sealed class DurableTurnTests
{
    [Fact]
    public async Task The_shoppers_message_and_the_reply_are_stored_before_the_reply_is_sent()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("durable");
        var storedWhenSent = new List<string>();
        adapter.Use(new WhenSending(async () =>
        {
            foreach (var entry in await harness.Transcripts.ReadAsync(BotHarness.Key("durable"))) storedWhenSent.Add(entry.Direction);
        }));

        await harness.Flow(adapter).Send("运费怎么算？").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal([TranscriptEntry.Inbound, TranscriptEntry.Outbound], storedWhenSent);
    }

    /// <summary>Runs a probe as each reply is about to leave, after every middleware before it.</summary>
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
