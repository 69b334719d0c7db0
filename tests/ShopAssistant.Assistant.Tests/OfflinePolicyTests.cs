using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Tests;

/// <summary>The default policy: routing, slot filling, scripts with citations, live order data and the service flow (§8).</summary>
public sealed class OfflinePolicyTests
{
    private const int GuestOrder = 536367; // customer 13047
    private static readonly string RightDigits = TestShop.Data.FindCustomer(13047)!.PhoneLast4;
    private static readonly string WrongDigits = RightDigits == "0000" ? "1111" : "0000";

    [Fact]
    public async Task The_first_reply_greets_and_names_the_shop_later_ones_do_not()
    {
        var memory = new ConversationMemory();
        Assert.Contains("暖居英伦家居礼品店", (await TestShop.Offline.SayAsync("运费怎么算", memory)).Text);
        Assert.DoesNotContain("欢迎光临", (await TestShop.Offline.SayAsync("运费怎么算", memory)).Text);
    }

    [Fact]
    public async Task A_known_shopper_asking_where_their_order_is_gets_their_recent_orders()
    {
        var reply = await TestShop.Offline.SayAsync("我的订单到哪了？", new ConversationMemory(), "17850");

        Assert.Contains("536791", reply.Text);
        Assert.Contains("暖居英伦家居礼品店", reply.Text);
        Assert.Equal("order_status", reply.Metadata.Intent);
        Assert.Equal("zh", reply.Metadata.Language);
        Assert.False(reply.Metadata.Handoff);
        Assert.InRange(reply.Metadata.Confidence, 0.01, 1);
    }

    [Fact]
    public async Task A_guest_is_asked_for_the_phone_digits_and_the_order_number_is_remembered()
    {
        var memory = TestShop.Greeted();
        Assert.Contains("后四位", (await TestShop.Offline.SayAsync($"帮我查下订单{GuestOrder}", memory)).Text);

        var refused = await TestShop.Offline.SayAsync(WrongDigits, memory);
        Assert.DoesNotContain("¥", refused.Text);

        Assert.Contains("last 4 digits", (await TestShop.Offline.SayAsync($"order {GuestOrder}", memory)).Text);
        var granted = await TestShop.Offline.SayAsync(RightDigits, memory);
        Assert.Contains(GuestOrder.ToString(), granted.Text);
        Assert.Contains("¥", granted.Text);
    }

    [Fact]
    public async Task Three_wrong_digit_guesses_lock_the_lookup()
    {
        var memory = TestShop.Greeted();
        for (var i = 0; i < 3; i++) await TestShop.Offline.SayAsync($"order {GuestOrder}, last 4 digits {WrongDigits}", memory);

        var locked = await TestShop.Offline.SayAsync($"order {GuestOrder}, last 4 digits {RightDigits}", memory);

        Assert.DoesNotContain("¥", locked.Text);
        Assert.Contains("used up", locked.Text);
    }

    [Fact]
    public async Task Another_shoppers_order_is_refused_exactly_like_one_that_does_not_exist()
    {
        var other = await TestShop.Offline.SayAsync($"where is order {GuestOrder}", new ConversationMemory(), "17850");
        var missing = await TestShop.Offline.SayAsync("where is order 999999", new ConversationMemory(), "17850");

        Assert.Equal(missing.Text.Replace("999999", "N"), other.Text.Replace(GuestOrder.ToString(), "N"));
        Assert.DoesNotContain("¥", other.Text);
    }

    [Theory]
    [InlineData("运费怎么算", "shipping-fee", "99")]
    [InlineData("how much is shipping", "shipping-fee", "99")]
    [InlineData("七天无理由退货怎么算", "no-reason-return", "7")]
    [InlineData("what is your return policy", "no-reason-return", "7")]
    [InlineData("can I pay with huabei", "huabei-instalments", "12")]
    public async Task Policy_questions_are_answered_from_the_script_and_cite_it(string text, string scriptId, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());

        Assert.Contains(scriptId, reply.Metadata.Sources);
        Assert.Contains(fact, reply.Text);
        Assert.NotEmpty(reply.SuggestedActions);
        Assert.Equal("offline", reply.Metadata.Policy);
    }

    [Theory]
    [InlineData("推荐个圣诞礼物，100元以内", "zh")]
    [InlineData("can you recommend a gift?", "en")]
    public async Task A_recommendation_request_gets_product_cards_within_the_budget(string text, string language)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted(), "17850");

        Assert.Equal("recommendation", reply.Metadata.Intent);
        Assert.Equal(language, reply.Metadata.Language);
        Assert.NotEmpty(reply.Products);
        Assert.Equal(reply.Products.Select(p => p.StockCode), reply.Metadata.Products);
        if (language == "zh") Assert.All(reply.Products, p => Assert.True(p.PriceRmb <= 100));
        var owned = TestShop.Data.OrdersOf(17850).SelectMany(o => o.Lines).Select(l => l.StockCode).ToHashSet();
        Assert.DoesNotContain(reply.Products, p => owned.Contains(p.StockCode));
    }

    [Theory]
    [InlineData("推荐点圣诞礼物，一百元以内", null, 100)]
    [InlineData("有没有50块以上的礼物推荐", 50, null)]
    [InlineData("recommend some gifts between 20 and 60 yuan", 20, 60)]
    [InlineData("I'd like gift ideas over ¥80", 80, null)]
    public async Task A_budget_in_the_shoppers_words_bounds_every_card(string text, int? min, int? max)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());

        Assert.Equal("recommendation", reply.Metadata.Intent);
        Assert.NotEmpty(reply.Products);
        Assert.All(reply.Products, p => Assert.InRange(p.PriceRmb, min ?? 0, max ?? decimal.MaxValue));
    }

    [Fact]
    public async Task Slot_filling_asks_for_the_order_number_once_then_records_the_request()
    {
        var memory = TestShop.Greeted();
        var ask = await TestShop.Offline.SayAsync("我想取消订单", memory, "17850");
        Assert.Contains("订单号", ask.Text);
        Assert.Contains("cancel-order", ask.Metadata.Sources);
        Assert.Equal("cancel_order", memory.PendingIntent);

        var answer = await TestShop.Offline.SayAsync("536791", memory, "17850");

        Assert.Equal("cancel_order", answer.Metadata.Intent);
        Assert.Contains("536791", answer.Text);
        Assert.Null(memory.PendingIntent);
        var order = TestShop.Data.FindOrder(536791)!;
        if (TestShop.Data.Track(order).Status == ShipmentStatus.AwaitingDispatch) Assert.Contains("cancel_order:536791", memory.RecordedRequests);
        else Assert.Empty(memory.RecordedRequests); // already dispatched: nothing to cancel, the script explains refusal or return
    }

    [Fact]
    public async Task The_order_number_is_asked_for_only_once()
    {
        var memory = TestShop.Greeted();
        await TestShop.Offline.SayAsync("I want to change my address", memory);
        var second = await TestShop.Offline.SayAsync("I want to change my address", memory);

        Assert.DoesNotContain("6 digits", second.Text);
        Assert.Contains("address-change", second.Metadata.Sources);
    }

    [Fact]
    public async Task Goodbye_closes_politely_and_invites_a_rating_the_bot_then_records()
    {
        var memory = TestShop.Greeted();
        Assert.False(memory.RatingAsked);
        var bye = await TestShop.Offline.SayAsync("bye", memory);
        Assert.Contains("1 to 5", bye.Text);
        Assert.Equal(["1", "2", "3", "4", "5"], bye.SuggestedActions);
        // The bot reads the next message as the rating (ShopBotTests: the rating is recorded and thanked for).
        Assert.True(memory.RatingAsked);
        Assert.Null(memory.RatedHandoff);
    }

    [Fact]
    public async Task A_vague_message_gets_one_clarifying_question_with_the_two_likeliest_topics()
    {
        var clarifying = 0;
        foreach (var text in new[] { "money", "钱", "the thing", "它呢", "how about it", "那个怎么弄", "price", "时间" })
        {
            var understood = TestShop.Understanding.Understand(text);
            if (understood.Confidence >= 0.45) continue;
            var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
            if (reply.SuggestedActions.Count == 2 && !reply.Metadata.Handoff) clarifying++;
        }
        Assert.True(clarifying > 0, "no vague message was met with a clarifying question");
    }

    [Theory]
    [InlineData("", "didn't receive")]
    [InlineData("   ", "didn't receive")]
    public async Task Empty_text_is_answered_politely(string text, string expected)
    {
        var reply = await TestShop.Offline.SayAsync(text, new ConversationMemory { Language = Domain.ShopLanguage.En });
        Assert.Contains(expected, reply.Text);
        Assert.Equal("other", reply.Metadata.Intent);
    }

    [Fact]
    public async Task A_ten_thousand_character_message_gets_a_polite_reply_in_its_language()
    {
        var reply = await TestShop.Offline.SayAsync(new string('啊', 10_000), new ConversationMemory());
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.Equal("zh", reply.Metadata.Language);
    }

    [Fact]
    public async Task Every_reply_carries_the_metadata_contract()
    {
        foreach (var text in new[] { "hi", "运费", "order 536367", "转人工", "recommend a gift", "" })
        {
            var m = (await TestShop.Offline.SayAsync(text, new ConversationMemory())).Metadata;
            Assert.True(Domain.Conversations.Intents.IsKnown(m.Intent), m.Intent);
            Assert.Contains(m.Language, new[] { "zh", "en" });
            Assert.NotNull(m.Sources);
            Assert.NotNull(m.Products);
            Assert.Equal(m.Handoff, m.HandoffReason is not null);
            Assert.Equal("offline", m.Policy);
        }
    }
}
