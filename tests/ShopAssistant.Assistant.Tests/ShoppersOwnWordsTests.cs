using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// Issue 10, tenth session: questions routed by what they ask rather than the words around them, remarks and praise that
/// need no person beside sarcasm and threats that do, and follow-ups that only add a sum, a date or a pronoun. Phrasings
/// are written here, never taken from an evaluation set.
/// </summary>
public sealed class ShoppersOwnWordsTests
{
    [Theory]
    [InlineData("刚下单的话通常多久能发出", Intents.ShippingPolicy)]
    [InlineData("how long do you usually take to dispatch an order", Intents.ShippingPolicy)]
    [InlineData("the mug in my order, what is it made of", Intents.ProductQuestion)]
    [InlineData("my parcel came without a saucer, how long do i have to report it", Intents.ReturnPolicy)]
    [InlineData("not shipped yet, if i cancel now how long does the refund take", Intents.RefundStatus)]
    [InlineData("手残选错尺码了 能换吗", Intents.ReturnPolicy)]
    [InlineData("茶壶的盖子能单买吗", Intents.ProductQuestion)]
    [InlineData("can two coupons be combined on one order", Intents.CouponMembership)]
    public async Task A_question_goes_to_what_it_asks_not_to_an_order_look_up(string text, string intent)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.DoesNotContain("6位数字", reply.Text);
        Assert.DoesNotContain("order number (6 digits)", reply.Text);
    }

    [Theory]
    [InlineData("no need to transfer me")]
    [InlineData("you explained it really well")]
    [InlineData("比别家客服强多了")]
    [InlineData("dumb me, i typed the wrong postcode, can i fix it")]
    [InlineData("你们招人吗 想应聘客服")]
    [InlineData("在不在 人呢")]
    [InlineData("毯子面料摸着有点扎手")]
    [InlineData("快递员态度有点差 不过东西没问题 不会给差评")]
    [InlineData("not complaining, but there's a small bubble in the glass")]
    public async Task Praise_remarks_and_self_blame_are_answered_without_a_person(string text)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.False(reply.Metadata.Handoff, reply.Text);
    }

    [Theory]
    [InlineData("呵呵 这就是你们的质量？", Intents.Complaint)]
    [InlineData("is this what you call customer service?", Intents.Complaint)]
    [InlineData("每次都回这几句 真够智能的", Intents.Complaint)]
    [InlineData("great, another useless robot. brilliant", Intents.Complaint)]
    [InlineData("降价了还不补差价 就是坑人", Intents.Complaint)]
    [InlineData("i'm going to dispute the charge with my card issuer", Intents.Complaint)]
    [InlineData("i'm done with this bot", Intents.HumanAgent)]
    public async Task Sarcasm_accusations_and_giving_up_on_the_bot_hand_over(string text, string intent)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(intent, reply.Metadata.Intent);
    }

    [Fact]
    public async Task Praise_is_thanked_as_praise()
    {
        var en = await TestShop.ConverseAsync("you explained it really well");
        Assert.Equal(Intents.Other, en.Metadata.Intent);
        Assert.Contains("kind", en.Text);
        var zh = await TestShop.ConverseAsync("你回答得挺清楚的");
        Assert.Equal(Intents.Other, zh.Metadata.Intent);
        Assert.Contains("夸奖", zh.Text);
    }

    [Theory]
    [InlineData(Intents.OrderStatus, "物流到哪了", "好吧 那我再等等")]
    [InlineData(Intents.OrderStatus, "where is my parcel", "ok no worries, i'll wait")]
    [InlineData(Intents.PriceProtection, "刚看到降价了", "算了 就是有点郁闷")]
    [InlineData(Intents.Complaint, "just saying, the box was a bit dented")]
    [InlineData(Intents.Complaint, "the tea towel is thinner than i thought", "no it's fine, i don't need anything, just feedback")]
    [InlineData(Intents.QualityIssue, "not complaining, but there's a small bubble in the glass")]
    public async Task A_remark_is_about_what_it_names_or_else_what_was_asked_before(string intent, params string[] turns)
    {
        var reply = await TestShop.ConverseAsync(turns);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
    }

    [Theory]
    [InlineData("新人券满多少能用", "我这单一百二十", Intents.CouponMembership, "150")]
    [InlineData("发票能开多久", "我10月2号确认收货的 现在10月25号", Intents.Invoice, "23")]
    [InlineData("what's the new customer coupon", "can i use it on two orders", Intents.CouponMembership, "150")]
    public async Task A_sum_a_date_or_a_pronoun_continues_the_rule(string first, string followUp, string intent, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Fact]
    public async Task Two_answers_that_missed_hand_over_on_the_question_asked()
    {
        var reply = await TestShop.ConverseAsync("运费怎么算", "你说的不是我问的", "还是没回答我");
        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(Intents.ShippingPolicy, reply.Metadata.Intent);
    }
    // Eleventh session: put-downs dressed as questions, hedged remarks on every subject, and follow-ups on the last answer.

    [Theory]
    [InlineData("退款到现在一分钱没见着，你们是打算把我的钱吞了吗？")]
    [InlineData("等了这么久就一句在处理中，把我当要饭的打发呢")]
    [InlineData("Do you think my time is worthless?")]
    [InlineData("Your courier threw my parcel over the gate. Who on earth do you hire??")]
    [InlineData("这也叫玫瑰味？你们详情页可真敢写")]
    public async Task Put_downs_dressed_as_questions_hand_over_as_complaints(string text)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.Complaint, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("派件的把我的件放错驿站了，还好我自己找着了，小事儿", Intents.Complaint)]
    [InlineData("there's a small dent on the gift box, nothing major, just feedback", Intents.Complaint)]
    [InlineData("bit hard to find where to add order notes on checkout, maybe improve that", Intents.Complaint)]
    [InlineData("refund was a bit slow but the agent I spoke with was really patient", Intents.RefundStatus)]
    [InlineData("the last agent was a bit slow to reply but sorted it out in the end", Intents.Complaint)]
    [InlineData("Last agent I chatted with was a bit slow, all sorted now though", Intents.Complaint)]
    [InlineData("顺丰那个派件的直接放门口也不打个电话，小事儿", Intents.Complaint)]
    [InlineData("放心放心，不会给你们差评的，就是提个小建议：说明书写清楚点", Intents.Complaint)]
    public async Task Hedged_remarks_are_thanked_by_subject_without_a_person(string text, string intent)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(intent, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("运费多少啊", "我是金卡", "包邮")]
    [InlineData("how much is shipping", "I'm a gold member", "free")]
    [InlineData("银卡要消费多少", "我现在花了800，还差多少", "200")]
    [InlineData("七天无理由从哪天开始算", "下单那天还是收到那天", "签收")]
    public async Task A_follow_up_that_leans_on_the_last_answer_gets_it_applied(string first, string then, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, then);
        Assert.Contains(fact, reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.False(reply.Metadata.Handoff, reply.Text);
    }

    [Theory]
    [InlineData("do you issue invoices?", "we need a special VAT one")]
    [InlineData("发票能开公司的吗", "要专用的那种")]
    public async Task A_special_invoice_asked_in_a_follow_up_hands_over(string first, string then)
    {
        var reply = await TestShop.ConverseAsync(first, then);
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.Invoice, reply.Metadata.Intent);
    }

}

/// <summary>Run after every other class, never beside one: the listener hears every turn span of the process.</summary>
[CollectionDefinition(RehearsalTurnTests.Collection, DisableParallelization = true)]
public sealed class TurnSpansAlone;

/// <summary>The host's reply rehearsal at start answers like any turn, but no trace or metric counts it as a shopper's.</summary>
/// <remarks>Alone: the listener hears every turn span of the process, and other classes' turns would land in it.</remarks>
[Collection(Collection)]
public sealed class RehearsalTurnTests
{
    public const string Collection = "turn spans, alone";

    [Fact]
    public async Task A_rehearsal_turn_starts_no_turn_span_and_a_shoppers_turn_does()
    {
        var spans = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == AssistantTelemetry.MeterName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStarted = a => spans.Add(a.OperationName),
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        var rehearsal = await TestShop.Offline.ReplyAsync(new ShopperTurn("rehearsal-c", "rehearsal", "hello") { Rehearsal = true }, new ConversationMemory());
        Assert.False(string.IsNullOrWhiteSpace(rehearsal.Text));
        Assert.Empty(spans);

        await TestShop.Offline.ReplyAsync(new ShopperTurn("shopper-c", "guest", "hello"), new ConversationMemory());
        Assert.NotEmpty(spans);
    }

}
