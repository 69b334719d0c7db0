using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// Dialogue state: an elliptical follow-up continues the last rule question, and a message that only adds a slot
/// updates the last answer, in both languages.
/// </summary>
public sealed class DialogueTests
{
    [Theory]
    [InlineData("杭州几天能到", "那广州呢", "2–4")]
    [InlineData("发上海要几天", "那新疆呢", "5–7")]
    [InlineData("how long does delivery to Shanghai take?", "and for Hainan?", "2–4")]
    [InlineData("how many days to ship to Beijing", "what about Tibet?", "5–7")]
    [InlineData("how long does delivery to Shanghai take?", "Baotou", "5–7")]
    public async Task A_new_place_updates_the_delivery_answer(string first, string followUp, string days)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("shipping_policy", reply.Metadata.Intent);
        Assert.StartsWith(reply.Metadata.Language == "zh" ? "寄往" : "To ", reply.Text);
        Assert.Contains(days, reply.Text);
        Assert.False(reply.Metadata.Handoff);
    }

    [Theory]
    [InlineData("人工客服一般几点上班", "周末也在不", "节假日照常")]
    [InlineData("what hours do your agents work", "bank holidays too?", "holidays included")]
    public async Task A_day_asked_after_the_agents_hours_is_answered_with_them(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("human_agent", reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("if the size is wrong can I exchange it", "within how long?", "7 days")]
    [InlineData("if I order the blue one and don't like it can I swap it for red", "who pays to send the new one?", "shop pays for the re-dispatch")]
    [InlineData("能换颜色吗", "要几天内", "签收7天内")]
    public async Task An_exchange_asked_about_is_the_exchange_rule_and_its_follow_ups_stay_with_it(string first, string followUp, string fact)
    {
        var asked = await TestShop.ConverseAsync(first);
        Assert.Equal("return_policy", asked.Metadata.Intent);
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("return_policy", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Fact]
    public async Task The_agents_asked_about_after_a_list_are_the_desk_not_a_christmas_gift()
    {
        var reply = await TestShop.ConverseAsync("Do you have the snowman mugs", "are your agents in on Christmas day");
        Assert.Equal("human_agent", reply.Metadata.Intent);
        Assert.Empty(reply.Products);
        Assert.Contains("holidays included", reply.Text);
    }

    [Theory]
    [InlineData("晚上10点半还有客服吗", "22:30")]
    [InlineData("are your agents still around at 10pm?", "22:00")]
    public async Task A_person_asked_about_at_a_time_is_answered_with_the_hours_at_that_time(string text, string time)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.Equal("human_agent", reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.Contains(time, reply.Text);
    }

    [Theory]
    [InlineData("退款多久能到账", "我是花呗付的", "花呗")]
    [InlineData("退款多久到账啊", "用的银行卡", "1–3个工作日")]
    [InlineData("how long does a refund take?", "I paid by credit card", "1–3 working days")]
    [InlineData("when will I get my refund", "paid with alipay", "at once")]
    public async Task A_payment_method_updates_the_refund_answer(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("refund_status", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("新人券怎么用", "我购物车130", "再凑¥20")]
    [InlineData("how does the new customer coupon work", "my basket is ¥160", "you pay ¥140")]
    public async Task An_amount_updates_the_coupon_answer(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("coupon_membership", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("买的东西不喜欢能退吗", "那签收十天了呢", "超过了7天")]
    [InlineData("can I return something I don't like?", "what if it was delivered 5 days ago?", "still within the 7-day")]
    public async Task Days_since_delivery_update_the_return_answer(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Contains(reply.Metadata.Intent, new[] { "return_policy", "return_request" });
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("运费怎么算", "那订单80呢", "¥10")]
    [InlineData("how much is shipping", "and for an order of 120 yuan?", "ships free")]
    public async Task An_amount_updates_the_shipping_answer(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("shipping_policy", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Fact]
    public async Task The_place_is_remembered_when_the_amount_comes_later()
    {
        var reply = await TestShop.ConverseAsync("寄新疆几天到", "那订单150块呢");
        Assert.Contains("¥20", reply.Text);
        Assert.Contains("5–7", reply.Text);
    }

    [Theory]
    [InlineData("can I return a candle holder I don't like?", "so who pays for sending it back?", "return-shipping-cost")]
    [InlineData("七天无理由能退吗", "那退回去的运费谁出", "return-shipping-cost")]
    public async Task A_follow_up_on_the_same_topic_gets_its_own_script(string first, string followUp, string script)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Contains(script, reply.Metadata.Sources);
    }

    [Theory]
    [InlineData("I need to change the address on my order", "it's already with the courier", "change_address")]
    [InlineData("how do I cancel", "the courier already picked it up", "cancel_order")]
    [InlineData("地址填错了能改吗", "还没发货", "change_address")]
    [InlineData("can I get the new customer coupon", "I've ordered from you before though", "coupon_membership")]
    [InlineData("我想取消订单", "还没发货，要手续费吗", "cancel_order")]
    [InlineData("if i pay at 2pm does it ship same day", "wat about 6ish", "shipping_policy")]
    [InlineData("想送乌鲁木齐的同学一个礼物", "东西一百多块，运费多少，几天能到", "shipping_policy")]
    [InlineData("a birthday present for my aunt in Lhasa", "it'd be around 150 yuan, what's postage and how long?", "shipping_policy")]
    [InlineData("is the new customer coupon reusable", "like on my second order", "coupon_membership")]
    [InlineData("蜡烛买了不喜欢能退吗", "点过一次了呢", "return_policy")]
    public Task The_situation_a_rule_depends_on_keeps_the_rule(string first, string followUp, string intent) => AnsweredAsAsync(first, followUp, intent);

    private static async Task AnsweredAsAsync(string first, string followUp, string intent)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
    }

    [Theory]
    [InlineData("Can I return a lamp without giving a reason?", "it was delivered 3 days ago", "I've used it once though", "can't be returned without a reason")]
    [InlineData("退货要满足啥条件", "收到4天了", "那要是吊牌已经剪了呢", "不支持七天无理由")]
    [InlineData("what's your return policy", "it arrived yesterday", "what if it's still unused with the tags on?", "still within the 7-day")]
    public async Task The_items_state_decides_a_no_reason_return(string first, string second, string third, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, second, third);
        Assert.Equal("return_policy", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
        Assert.False(reply.Metadata.Handoff);
    }

    [Theory]
    [InlineData("我是用信用卡付的款", "退款到信用卡要多久", "refund_status")]
    [InlineData("can I pay with my credit card?", "how long does a refund to a credit card take", "refund_status")]
    [InlineData("What's your return window?", "and if the thing arrived cracked?", "return_policy")]
    [InlineData("how long does delivery to Chengdu take", "and the return policy, do things have to be unused?", "return_policy")]
    [InlineData("how long to Kunming", "if the price drops after I buy, do I get the difference back", "price_protection")]
    public Task A_question_its_own_words_name_is_that_question(string first, string followUp, string intent) => AnsweredAsAsync(first, followUp, intent);

    [Theory]
    [InlineData("盘子边上缺了一块", "有点小失望，想问下这种一般怎么处理", "15")]
    [InlineData("the teapot lid arrived chipped", "bit disappointed tbh, what do you normally do about it?", "15")]
    public async Task Asking_how_a_reported_defect_is_handled_gets_R4(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal(Intents.QualityIssue, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Fact]
    public async Task A_new_topic_does_not_inherit_the_old_one()
    {
        var reply = await TestShop.ConverseAsync("杭州几天能到", "可以开发票吗");
        Assert.Equal("invoice", reply.Metadata.Intent);
        Assert.DoesNotContain("1–2", reply.Text);
    }

    [Theory]
    [InlineData("人工客服几点上班", "那半夜两点留言呢", "次日")]
    [InlineData("when are your agents available?", "and if i write at 2am?", "next morning")]
    [InlineData("what time do your agents start?", "and at 2am on national day?", "next morning")]
    public async Task A_new_time_after_the_service_hours_answer_asks_them_for_that_time(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("human_agent", reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.Contains("02:00", reply.Text);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("what time do your agents finish at night?", "and if I write after that?")]
    [InlineData("人工客服晚上几点下班", "那之后留言呢")]
    public async Task Asking_about_after_the_hours_asks_for_no_one(string first, string followUp)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal("human_agent", reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.Contains("23:00", reply.Text);
    }

    [Theory]
    [InlineData("my order hasn't shipped yet and I asked for a refund", "how long will it take?", "1 hour")]
    [InlineData("还没发货，我申请了退款", "要多久呢", "1小时")]
    [InlineData("do I get free shipping?", "what's the minimum?", "¥99")]
    [InlineData("who pays for return shipping without a reason?", "I bought shipping insurance", "¥12")]
    [InlineData("I want to send back a cushion, who pays postage?", "what if the order had shipping insurance?", "¥12")]
    [InlineData("can I get an invoice?", "for a company?", "tax ID")]
    [InlineData("cancelled before dispatch", "when's my refund", "1 hour")]
    [InlineData("定制刻字的可以退吗", "还没拆封的", "刻字")]
    [InlineData("do you do price protection?", "for how many days?", "15")]
    [InlineData("新人券是满多少能用", "减多少", "20")]
    [InlineData("what's your return window?", "from delivery or from purchase?", "deliver")]
    [InlineData("how much for gold tier", "over what period?", "12 months")]
    [InlineData("do your human agents work on Sundays", "till what time?", "23:00")]
    [InlineData("do you issue e-invoices", "how long after delivery can I ask?", "30 days")]
    [InlineData("can I get an invoice", "it's for my business", "tax ID")]
    [InlineData("新人券能用吗", "我是第一次买，订单是199", "实付¥179")]
    [InlineData("Is shipping to Hohhot free on a ¥90 order?", "ok what if I bump it up to ¥150?", "¥20")]
    [InlineData("refund timing?", "order never shipped", "1 hour")]
    [InlineData("the 7 day return counts from when?", "the day I paid or the day it arrived?", "delivery")]
    [InlineData("the mug I got is the wrong colour", "what do you need from me?", "photos")]
    public async Task A_question_about_the_last_answer_continues_it(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Contains(fact, reply.Text);
        Assert.False(reply.Metadata.Handoff);
    }

    [Fact]
    public async Task A_follow_up_about_the_agents_days_is_no_complaint()
    {
        var reply = await TestShop.ConverseAsync("when are your agents online?", "what about on sundays?");
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal("human_agent", reply.Metadata.Intent);
    }

    [Fact]
    public async Task A_request_for_a_person_at_a_named_time_says_when_it_is_answered()
    {
        var reply = await TestShop.ConverseAsync("it's 1am, I want to talk to a person");
        Assert.True(reply.Metadata.Handoff);
        Assert.Contains("01:00", reply.Text);
        Assert.Contains("10:00", reply.Text);
    }

    [Theory]
    [InlineData("spent around ¥3,400 with you over the last 12 months", "what tier am i?", "Gold")]
    [InlineData("今年在你们家花了三千五", "算什么会员", "金卡")]
    public async Task A_calm_statement_of_spend_is_no_complaint_and_the_tier_follows(string first, string followUp, string tier)
    {
        var memory = TestShop.Greeted();
        var stated = await TestShop.Offline.SayAsync(first, memory);
        Assert.False(stated.Metadata.Handoff, stated.Text);
        var reply = await TestShop.Offline.SayAsync(followUp, memory);
        Assert.Equal("coupon_membership", reply.Metadata.Intent);
        Assert.Contains(tier, reply.Text);
    }

    [Theory]
    [InlineData("烛台到了是坏的", "我拍了照片 这就发给你们")]
    [InlineData("the mug arrived chipped", "ok I have photos of it")]
    public async Task A_damage_report_is_answered_and_the_photos_that_follow_go_to_a_person(string report, string photos)
    {
        var memory = TestShop.Greeted();
        var answered = await TestShop.Offline.SayAsync(report, memory);
        Assert.False(answered.Metadata.Handoff, answered.Text);
        Assert.Contains("15", answered.Text);
        var reply = await TestShop.Offline.SayAsync(photos, memory);
        Assert.True(reply.Metadata.Handoff);
        Assert.Equal("damaged_goods", reply.Metadata.HandoffReason);
    }

    [Fact]
    public async Task Two_answers_that_did_not_help_hand_over_however_the_shopper_spells_it()
    {
        var memory = TestShop.Greeted();
        await TestShop.Offline.SayAsync("my coupon wont apply at checkout", memory);
        await TestShop.Offline.SayAsync("didn't work", memory);
        var reply = await TestShop.Offline.SayAsync("that didn't help either", memory);
        Assert.True(reply.Metadata.Handoff);
        Assert.Equal("bot_failed_twice", reply.Metadata.HandoffReason);
    }

    [Theory]
    [InlineData("订单568812是花呗付的，能分期免息吗", "300")]
    [InlineData("order 568812 was paid with huabei, is the instalment fee-free?", "300")]
    public async Task A_rule_question_that_names_its_order_gets_the_rule_not_a_look_up(string text, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Equal(Intents.Payment, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("杯子收到是坏的", "换货来回运费谁出", "运费")]
    [InlineData("my cup arrived broken", "who pays the postage for the replacement", "both ways")]
    public async Task Postage_asked_after_a_damage_report_is_answered_by_the_quality_rule(string report, string question, string fact)
    {
        var reply = await TestShop.ConverseAsync(report, question);
        Assert.Equal(Intents.QualityIssue, reply.Metadata.Intent);
        Assert.False(reply.Metadata.Handoff);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("金卡会员买60块的要邮费吗", "金卡会员每单包邮")]
    [InlineData("i'm a gold member, do i pay postage on a ¥50 order?", "free on every order")]
    public async Task A_gold_members_postage_question_is_a_shipping_question_with_free_shipping(string text, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Equal(Intents.ShippingPolicy, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    /// <summary>The shoppers' sets read a Gold member's postage question as the membership or the shipping rule; either way
    /// the answer is what the tier brings (C3), not the fee table alone.</summary>
    [Theory]
    [InlineData("金卡会员包邮吗", "金卡会员每单")]
    [InlineData("does gold membership include free shipping", "Gold")]
    public async Task Asking_what_a_tier_brings_is_answered_with_the_tier(string text, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Contains(reply.Metadata.Intent, new[] { Intents.CouponMembership, Intents.ShippingPolicy });
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("生日都过了礼物才到，这个损失你们怎么补偿")]
    [InlineData("the gift arrived after the party, i want something for the inconvenience")]
    public async Task Compensation_for_a_late_parcel_is_a_complaint_not_a_quality_issue(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.Compensation, reply.Metadata.HandoffReason);
        Assert.Equal(Intents.Complaint, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("can i send something back if i change my mind", "it was delivered 9 days ago", Intents.ReturnPolicy, "7")]
    [InlineData("is shipping free", "what about if i'm in tibet and spend 200", Intents.ShippingPolicy, "20")]
    [InlineData("how fast are refunds", "it was paid by debit card", Intents.RefundStatus, "1–3")]
    public async Task A_stated_situation_continues_the_rule_it_is_applied_to(string first, string followUp, string intent, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
    }

    [Theory]
    [InlineData("运费怎么算", "好的明白了")]
    [InlineData("how long is delivery to shanghai", "ok got it, cheers")]
    public async Task A_sign_off_in_any_words_closes_with_the_shops_closing_and_asks_for_a_rating(string question, string signOff)
    {
        var reply = await TestShop.ConverseAsync(question, signOff);
        Assert.Contains(reply.Metadata.Intent, new[] { Intents.Goodbye, Intents.Thanks });
        Assert.Matches(@"1\s*(–|to)\s*5", reply.Text);
    }

    [Theory]
    [InlineData("送人的能帮忙包装吗", "要钱吗", "免费")]
    [InlineData("can you gift wrap it", "does that cost extra", "free")]
    public async Task A_short_question_after_the_gift_wrap_answer_asks_about_gift_wrap(string first, string followUp, string fact)
    {
        var reply = await TestShop.ConverseAsync(first, followUp);
        Assert.Contains(fact, reply.Text);
        Assert.Contains("gift-wrap", reply.Metadata.Sources);
    }

    /// <summary>The follow-up judge adds a follow-up the rules leave, when it is sure; never for an angry message or after an answer that did not help.</summary>
    [Fact]
    public void The_follow_up_judge_adds_what_the_rules_miss_and_nothing_else()
    {
        static ConversationMemory AfterProductQuestion() => new() { Topic = Intents.ProductQuestion, TopicQuery = "is the enamel jug dishwasher safe" };
        static bool Follows(string text, double judged, ConversationMemory memory) =>
            Dialogue.DialogueState.Read(TestShop.Understanding.Understand(text), memory, _ => judged).FollowUp;

        const string elliptical = "any in silver";
        Assert.False(Dialogue.DialogueState.Read(TestShop.Understanding.Understand(elliptical), AfterProductQuestion()).FollowUp);
        Assert.True(Follows(elliptical, 0.95, AfterProductQuestion()));
        Assert.False(Follows(elliptical, 0.6, AfterProductQuestion()));
        Assert.False(Follows("any in silver?? this shop is a total joke", 0.95, AfterProductQuestion()));
        var failed = AfterProductQuestion();
        failed.CountFailure();
        Assert.False(Follows(elliptical, 0.95, failed));
    }
}
