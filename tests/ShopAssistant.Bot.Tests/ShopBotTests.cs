using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

public sealed class ShopBotTests
{
    private static string? Intent(IActivity reply) => SentMetadata.Of(reply)?.Value<string>("intent");

    [Fact]
    public async Task A_new_member_is_greeted_once_with_the_shops_name_and_starter_buttons()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter();
        var joined = adapter.MakeActivity();
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("guest")];
        joined.Locale = "en-US";

        await harness.Flow(adapter)
            .Send(joined)
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.Contains("Hearth & Gift", message.Text);
                Assert.Equal("greeting", Intent(reply));
                Assert.NotEmpty(message.SuggestedActions.Actions);
            })
            .Send(joined)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Every_reply_carries_the_metadata_contract()
    {
        var harness = new BotHarness();
        await harness.Flow(harness.NewAdapter(shopperId: "17850"))
            .Send("where is my order?")
            .AssertReply(reply =>
            {
                var metadata = SentMetadata.Of(reply)!;
                foreach (var key in new[] { "intent", "confidence", "language", "sources", "products", "handoff", "policy" })
                    Assert.NotNull(metadata[key]);
                Assert.Equal("order_status", metadata.Value<string>("intent"));
                Assert.Equal("en", metadata.Value<string>("language"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_guest_is_asked_for_the_phone_digits_then_shown_the_order_and_the_bot_answers_in_their_language()
    {
        var harness = new BotHarness();
        var order = BotHarness.Shop.FindOrder(536367)!;
        var last4 = BotHarness.Shop.FindCustomer(order.CustomerId)!.PhoneLast4;

        await harness.Flow(harness.NewAdapter())
            .Send("你好，帮我查下订单536367")
            .AssertReply(reply => Assert.Contains("后四位", reply.AsMessageActivity().Text))
            .Send(last4)
            .AssertReply(reply =>
            {
                Assert.Contains("536367", reply.AsMessageActivity().Text);
                Assert.Contains("¥", reply.AsMessageActivity().Text);
                Assert.Equal("zh-CN", reply.AsMessageActivity().Locale);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Transcript_holds_each_message_in_and_out_and_a_turn_event_is_logged()
    {
        var harness = new BotHarness();
        await harness.Flow(harness.NewAdapter("conv-t"))
            .Send("hello")
            .AssertReply(_ => { })
            .StartTestAsync();

        var transcript = await harness.Transcripts.ReadAsync(BotHarness.Key("conv-t"));
        Assert.Equal(["in", "out"], transcript.Select(t => t.Direction));
        Assert.Equal("hello", transcript[0].Text);
        Assert.Contains("shopAssistant", transcript[1].ActivityJson);
        var turn = Assert.Single(await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(1)));
        Assert.Equal(ShopEventKinds.Turn, turn.Kind);
        Assert.Equal("greeting", turn.Intent);
    }

    [Fact]
    public async Task The_outbound_message_is_in_the_transcript_before_it_is_sent()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-order");
        var seenBeforeSend = -1;
        adapter.OnTurnError = (_, e) => throw e;
        // Middleware registered after the transcript one runs its send hook after it, just before the wire.
        adapter.Use(new SendProbe(async () => seenBeforeSend = (await harness.Transcripts.ReadAsync(BotHarness.Key("conv-order"))).Count(t => t.Direction == "out")));

        await harness.Flow(adapter).Send("hi").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal(1, seenBeforeSend);
    }

    private sealed class SendProbe(Func<Task> onSend) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (_, _, nextSend) =>
            {
                await onSend();
                return await nextSend();
            });
            await next(cancellationToken);
        }
    }
}

public sealed class ProductClickTests
{
    [Fact]
    public async Task A_product_card_click_is_logged_and_asked_about()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-click");
        var click = adapter.MakeActivity();
        click.Value = new Newtonsoft.Json.Linq.JObject { ["action"] = ProductCards.ClickAction, ["stockCode"] = "85123A" };

        await harness.Flow(adapter).Send(click).AssertReply(_ => { }).StartTestAsync();

        var events = await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(5));
        var clicked = Assert.Single(events, e => e.Kind == ShopAssistant.Data.ShopEventKinds.RecommendationClicked);
        Assert.Contains("85123A", clicked.DataJson);
        var turn = Assert.Single(await harness.Transcripts.ReadAsync(BotHarness.Key("conv-click")), t => t.Direction == "in");
        Assert.Contains("product_click", turn.ActivityJson);
    }

    [Fact]
    public async Task Add_to_cart_is_logged_and_confirmed_without_asking_the_assistant()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-cart");
        var press = adapter.MakeActivity();
        press.Locale = "zh-CN";
        press.Value = ProductCards.Value(ProductCards.AddToCartAction, "85123A");

        await harness.Flow(adapter).Send(press).AssertReply(reply => Assert.Contains("购物车", reply.AsMessageActivity().Text)).StartTestAsync();

        var events = await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(5));
        var added = Assert.Single(events, e => e.Kind == ShopAssistant.Data.ShopEventKinds.RecommendationAddedToCart);
        Assert.Contains("85123A", added.DataJson);
        Assert.DoesNotContain(events, e => e.Kind is ShopAssistant.Data.ShopEventKinds.Turn or ShopAssistant.Data.ShopEventKinds.RecommendationClicked);
    }

    [Fact]
    public async Task Card_clicks_and_add_to_cart_count_while_the_shopper_waits_for_a_person()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-cart-waiting");
        await harness.Flow(adapter).Send("human please").AssertReply(_ => { }).StartTestAsync();
        Assert.Single(await harness.Handoffs.ListAsync(HandoffStatus.Waiting));

        var click = adapter.MakeActivity();
        click.Value = ProductCards.Value(ProductCards.ClickAction, "85123A");
        var press = adapter.MakeActivity();
        press.Value = ProductCards.Value(ProductCards.AddToCartAction, "85123A");
        await harness.Flow(adapter).Send(click).StartTestAsync();
        await harness.Flow(adapter).Send(press).StartTestAsync();

        var events = await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(5));
        Assert.Single(events, e => e.Kind == ShopAssistant.Data.ShopEventKinds.RecommendationClicked);
        Assert.Single(events, e => e.Kind == ShopAssistant.Data.ShopEventKinds.RecommendationAddedToCart);
    }

    [Fact]
    public async Task A_rating_after_the_bots_goodbye_is_recorded_like_one_after_a_handoff()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-rate", "guest-rate");

        await harness.Flow(adapter)
            .Send("好的谢谢，再见")
            .AssertReply(bye => Assert.Equal(["1", "2", "3", "4", "5"], bye.AsMessageActivity().SuggestedActions.Actions.Select(a => a.Title)))
            .Send("4星")
            .AssertReply(thanks => Assert.Contains("感谢您的评价", thanks.AsMessageActivity().Text))
            .Send("5")
            .AssertReply(next => Assert.DoesNotContain("感谢您的评价", next.AsMessageActivity().Text))
            .StartTestAsync();

        var events = await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(5));
        var rating = Assert.Single(events, e => e.Kind == ShopAssistant.Data.ShopEventKinds.Rating);
        Assert.Contains("\"stars\":4", rating.DataJson);
        Assert.Contains("\"handoffId\":null", rating.DataJson);
    }

    [Fact]
    public void Every_product_card_offers_see_details_and_add_to_cart()
    {
        var reply = new ShopAssistant.Assistant.AssistantReply("这些不错", ShopAssistant.Assistant.ReplyMetadata.Offline("recommendation", 0.9, ShopAssistant.Domain.ShopLanguage.Zh))
        {
            Products = [new ShopAssistant.Assistant.ProductCard("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 20m, "卖得好")],
        };
        var card = (Microsoft.Bot.Schema.HeroCard)ReplyActivities.From(reply).Attachments.Single().Content;

        Assert.Equal(["查看详情", "加入购物车"], card.Buttons.Select(b => b.Title));
        Assert.Equal("85123A", ProductCards.ClickedStockCode(new Microsoft.Bot.Schema.Activity { Value = card.Buttons[0].Value }));
        Assert.Equal("85123A", ProductCards.AddedStockCode(new Microsoft.Bot.Schema.Activity { Value = card.Buttons[1].Value }));
        Assert.Null(ProductCards.ClickedStockCode(new Microsoft.Bot.Schema.Activity { Value = card.Buttons[1].Value }));
    }

    [Fact]
    public void Only_our_own_click_payload_counts_as_a_click()
    {
        Assert.Null(ProductCards.ClickedStockCode(new Microsoft.Bot.Schema.Activity { Value = new Newtonsoft.Json.Linq.JObject { ["stockCode"] = "85123A" } }));
        Assert.Null(ProductCards.ClickedStockCode(new Microsoft.Bot.Schema.Activity { Value = new Newtonsoft.Json.Linq.JObject { ["action"] = ProductCards.ClickAction, ["stockCode"] = new string('x', 200) } }));
        Assert.Equal("22423", ProductCards.ClickedStockCode(new Microsoft.Bot.Schema.Activity { Value = new Newtonsoft.Json.Linq.JObject { ["action"] = ProductCards.ClickAction, ["stockCode"] = "22423" } }));
    }
}

public sealed class IncidentTests
{
    [Fact]
    public async Task A_declared_incident_is_added_to_the_answers_it_bears_on_and_tags_the_turn()
    {
        var harness = new BotHarness();
        harness.Incidents.Declared.Add(("order_status", new IncidentNotice(7, "Warehouse delay: dispatch takes 3–5 days until 20 Dec.")));

        await harness.Flow(harness.NewAdapter("conv-incident", "17850"))
            .Send("where is my order?")
            .AssertReply(reply => Assert.Contains("Warehouse delay", reply.AsMessageActivity().Text))
            .Send("hello")
            .AssertReply(reply => Assert.DoesNotContain("Warehouse delay", reply.AsMessageActivity().Text))
            .StartTestAsync();

        var turns = (await harness.Events.ReadAsync(harness.Clock.GetUtcNow().AddMinutes(-5), harness.Clock.GetUtcNow().AddMinutes(5)))
            .Where(e => e.Kind == ShopAssistant.Data.ShopEventKinds.Turn).ToList();
        Assert.Contains("\"Incidents\":[7]", turns[0].DataJson);
        Assert.Contains("\"Incidents\":[]", turns[1].DataJson);
    }
}
