using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

/// <summary>Escalation, routing to the person, agent actions, rating: the whole handoff through TestAdapter.</summary>
public sealed class HandoffFlowTests
{
    private static JObject? Meta(IActivity a) => SentMetadata.Of(a);

    [Fact]
    public async Task A_shopper_asks_for_a_person_an_agent_claims_replies_resolves_and_the_shopper_rates()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-h", "guest-h");
        long id = 0;

        await harness.Flow(adapter)
            .Send("你好，我要转人工")
            .AssertReply(reply =>
            {
                Assert.True(Meta(reply)!.Value<bool>("handoff"));
                Assert.Equal("shopper_request", Meta(reply)!.Value<string>("handoffReason"));
                Assert.Contains("人工客服", reply.AsMessageActivity().Text);
                Assert.Contains("您是下一位", reply.AsMessageActivity().Text);
            })
            .AssertReply(initiate =>
            {
                Assert.Equal(ActivityTypes.Event, initiate.Type);
                Assert.Equal(HandoffDesk.InitiateEvent, ((Activity)initiate).Name);
                var attachment = Assert.Single(((Activity)initiate).Attachments);
                Assert.Equal("Transcript", attachment.Name);
                var transcript = Assert.IsType<Transcript>(attachment.Content);
                Assert.Contains(transcript.Activities, a => a.Text == "你好，我要转人工");
            })
            .Send("还在吗？")
            .AssertReply(holding => Assert.Contains("人工客服", holding.AsMessageActivity().Text))
            .StartTestAsync();

        var handoff = Assert.Single(await harness.Handoffs.ListAsync(HandoffStatus.Waiting));
        id = handoff.Id;
        Assert.Equal("zh", handoff.Language);
        Assert.Contains("转人工", handoff.Summary);
        Assert.Contains("还在吗？", harness.Staff.ShopperMessages);
        Assert.Contains(harness.Staff.Changes, h => h.Id == id);

        Assert.Equal(HandoffActionResult.Done, await harness.Desk.ClaimAsync(id, "lily", default));
        Assert.Equal(HandoffActionResult.Done, await harness.Desk.SayAsync(id, "lily", "您好，请问订单号是多少？", default));
        Assert.Equal(HandoffActionResult.Conflict, await harness.Desk.SayAsync(id, "someone-else", "hi", default));
        Assert.Equal(HandoffActionResult.Done, await harness.Desk.CloseAsync(id, "lily", HandoffStatus.Resolved, "answered", default));

        await harness.Flow(adapter)
            .AssertReply(accepted => Assert.Equal("accepted", ((Activity)accepted).Value is JObject v ? v.Value<string>("state") : null))
            .AssertReply(joined => Assert.Equal("lily", ((JObject)((Activity)joined).ChannelData).Value<string>("agent")))
            .AssertReply(said => Assert.Equal("您好，请问订单号是多少？", said.AsMessageActivity().Text))
            .AssertReply(completed => Assert.Equal(HandoffDesk.StatusEvent, ((Activity)completed).Name))
            .AssertReply(ask => Assert.Equal(5, ask.AsMessageActivity().SuggestedActions.Actions.Count))
            .Send("5星")
            .AssertReply(thanks => Assert.Contains("感谢您的评价", thanks.AsMessageActivity().Text))
            .Send("我的订单到哪了？")
            .AssertReply(bot => Assert.Equal("order_status", Meta(bot)!.Value<string>("intent")))
            .StartTestAsync();

        var events = await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddHours(-1), harness.Clock.GetUtcNow().AddHours(1));
        var rating = Assert.Single(events, e => e.Kind == ShopEventKinds.Rating);
        Assert.Contains("\"stars\":5", rating.DataJson);
        Assert.Contains("\"agent\":\"lily\"", rating.DataJson);
        Assert.Contains(events, e => e.Kind == ShopEventKinds.HandoffClaimed);
        Assert.Contains(events, e => e.Kind == ShopEventKinds.HandoffClosed && e.DataJson!.Contains("answered"));
        Assert.Equal(HandoffStatus.Resolved, (await harness.Handoffs.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task While_the_shopper_waits_a_rule_question_is_answered_and_still_reaches_the_team_but_not_once_an_agent_has_it()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-w", "guest-w");

        await harness.Flow(adapter)
            .Send("talk to a real person please")
            .AssertReply(reply => Assert.True(Meta(reply)!.Value<bool>("handoff")))
            .AssertReply(initiate => Assert.Equal(ActivityTypes.Event, initiate.Type))
            .Send("what hours are your agents around?")
            .AssertReply(meanwhile =>
            {
                var text = meanwhile.AsMessageActivity().Text;
                Assert.Contains("09:00", text);
                Assert.Contains("your message is with our team", text);
                Assert.True(Meta(meanwhile)!.Value<bool>("handoff"));
                Assert.Equal("shopper_request", Meta(meanwhile)!.Value<string>("handoffReason"));
            })
            .Send("hello??")
            .AssertReply(holding => Assert.StartsWith("Got it: your message is with our team", holding.AsMessageActivity().Text))
            .StartTestAsync();
        Assert.Contains("what hours are your agents around?", harness.Staff.ShopperMessages);

        var handoff = Assert.Single(await harness.Handoffs.ListAsync(HandoffStatus.Waiting));
        Assert.Equal(HandoffActionResult.Done, await harness.Desk.ClaimAsync(handoff.Id, "lily", default));
        await harness.Flow(adapter)
            .AssertReply(accepted => Assert.Equal(ActivityTypes.Event, accepted.Type))
            .AssertReply(joined => Assert.Contains("lily", joined.AsMessageActivity().Text))
            // With an agent on the conversation, the bot says nothing: the message goes to the agent alone.
            .Send("how much is shipping to Beijing?")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Contains("how much is shipping to Beijing?", harness.Staff.ShopperMessages);
    }

    [Fact]
    public async Task A_model_written_summary_comes_first_and_the_extractive_one_stays_below_it()
    {
        var harness = new BotHarness();
        harness.Summaries.Written = "Wants a person about a late order.";
        await harness.Flow(harness.NewAdapter("conv-summary")).Send("order 536367 is late, I want a human").AssertReply(_ => { }).StartTestAsync();

        var summary = (await harness.Handoffs.ListAsync(HandoffStatus.Waiting)).Single().Summary;
        Assert.StartsWith("Wants a person about a late order. (1 lines)", summary);
        Assert.Contains("Orders mentioned: 536367", summary);
    }

    [Fact]
    public async Task Two_agents_claiming_at_once_exactly_one_wins()
    {
        var harness = new BotHarness();
        await harness.Flow(harness.NewAdapter("conv-race")).Send("human please").AssertReply(_ => { }).StartTestAsync();
        var id = (await harness.Handoffs.ListAsync(HandoffStatus.Waiting)).Single().Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => harness.Desk.ClaimAsync(id, "agent" + i, default))));

        Assert.Single(results, r => r == HandoffActionResult.Done);
        Assert.Equal(7, results.Count(r => r == HandoffActionResult.Conflict));
    }

    [Fact]
    public async Task Outside_service_hours_the_handoff_becomes_a_left_message_answered_by_ten()
    {
        var harness = new BotHarness(now: new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.FromHours(8)));
        await harness.Flow(harness.NewAdapter("conv-night"))
            .Send("I want to talk to a human")
            .AssertReply(reply =>
            {
                Assert.Contains("09:00–23:00", reply.AsMessageActivity().Text);
                Assert.Contains("by 10:00 on 28 Nov", reply.AsMessageActivity().Text);
            })
            .StartTestAsync();

        Assert.True((await harness.Handoffs.ListAsync(HandoffStatus.Waiting)).Single().AfterHours);
    }

    [Fact]
    public async Task Returned_to_the_bot_the_conversation_is_answered_by_the_assistant_again()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-back");
        await harness.Flow(adapter).Send("human").AssertReply(_ => { }).AssertReply(_ => { }).StartTestAsync();
        var id = (await harness.Handoffs.ListAsync(HandoffStatus.Waiting)).Single().Id;
        await harness.Desk.ClaimAsync(id, "lily", default);
        Assert.Equal(HandoffActionResult.Conflict, await harness.Desk.CloseAsync(id, "not-lily", HandoffStatus.ReturnedToBot, null, default));
        await harness.Desk.CloseAsync(id, "lily", HandoffStatus.ReturnedToBot, null, default);

        await harness.Flow(adapter)
            .AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .AssertReply(back => Assert.Contains("shop assistant", back.AsMessageActivity().Text))
            .Send("where is order 536367")
            .AssertReply(bot => Assert.Contains("last 4 digits", bot.AsMessageActivity().Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Safety_reasons_jump_the_queue()
    {
        var harness = new BotHarness();
        await harness.Handoffs.CreateAsync(Handoff("normal", Domain.Conversations.HandoffReasons.ShopperRequest, harness.Clock.GetUtcNow().AddMinutes(-10)));
        await harness.Handoffs.CreateAsync(Handoff("fire", Domain.Conversations.HandoffReasons.Safety, harness.Clock.GetUtcNow()));

        var queue = await harness.Handoffs.ListAsync(null);
        Assert.Equal(["fire", "normal"], queue.Select(h => h.ConversationId));
    }

    private static Handoff Handoff(string conversation, string reason, DateTimeOffset at) => new(0, conversation, "s", "test", "{}", reason,
        Domain.Conversations.HandoffReasons.PriorityOf(reason), "en", "", false, HandoffStatus.Waiting, null, null, at, null, null, null);
}
