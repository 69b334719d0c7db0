namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// A message that carries a slot gets the rule applied to it, said first, then the rule, and rule
/// questions that mention an order, a payment or a price go to the rule, not to an order look-up (class 4).
/// </summary>
public sealed class ComputedAnswerTests
{
    private static Task<AssistantReply> AskAsync(string text) => TestShop.Offline.SayAsync(text, TestShop.Greeted());

    [Theory]
    [InlineData("我在杭州几天能到", "shipping_policy", "寄往浙江：发货后1–2天送达")]
    [InlineData("寄到乌鲁木齐要几天", "shipping_policy", "5–7天")]
    [InlineData("能寄香港吗", "shipping_policy", "暂不支持寄往香港")]
    [InlineData("付款时间是下午两点，今天能发吗", "shipping_policy", "当天就能发货")]
    [InlineData("晚上8点付款今天能发货吗", "shipping_policy", "第二天发货")]
    [InlineData("订单80包邮吗", "shipping_policy", "运费¥10，再凑¥19就包邮")]
    [InlineData("basket is ¥130, does the new-customer coupon work?", "coupon_membership", "add ¥20 more")]
    [InlineData("新人券150能用吗", "coupon_membership", "实付¥130")]
    [InlineData("今年消费了3500是什么会员", "coupon_membership", "金卡会员")]
    [InlineData("I spent ¥1200 this year, what member level am I?", "coupon_membership", "Silver")]
    [InlineData("bought it two months ago, can I still get an invoice?", "invoice", "past the 30-day limit")]
    [InlineData("上周买的现在降价了能价保吗", "price_protection", "还可以申请价保")]
    [InlineData("收到8天了，不想要了能退吗", null, "超过了7天无理由退货期")]
    [InlineData("刻字的杯子能退吗", null, "定制/刻字商品不支持七天无理由退货")]
    [InlineData("do you ship to the UK?", "shipping_policy", "can't ship to")]
    [InlineData("it broke, delivered 16 days ago, can I still claim", "quality_issue", "16 days")]
    [InlineData("I'm silver, how much would a 400 yuan order cost me?", "coupon_membership", "comes to ¥380")]
    [InlineData("我是金卡会员，500元的订单实付多少", "coupon_membership", "实付¥450")]
    [InlineData("I'm a silver member, how much do I save on a 200 yuan order?", "coupon_membership", "you save ¥10")]
    [InlineData("can I pay 500 yuan with huabei in 6 instalments, does the shop cover the fee?", "payment", "over 6 periods: the fee is yours")]
    [InlineData("花呗分12期，600块的订单手续费谁出", "payment", "花呗分12期的手续费需自付")]
    [InlineData("huabei 3 periods on a 320 yuan order, who pays the fee?", "payment", "the shop pays the fee for 3")]
    [InlineData("I want a refund, the order hasn't been shipped yet", "refund_status", "within 1 hour")]
    [InlineData("I cancelled my order before it shipped, when do I get my money back?", "refund_status", "within 1 hour")]
    public async Task States_the_computed_answer_first(string text, string? intent, string fact)
    {
        var reply = await AskAsync(text);
        if (intent is not null) Assert.Equal(intent, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
        Assert.False(reply.Metadata.Handoff);
        Assert.NotEmpty(reply.Metadata.Sources); // the rule follows, cited
    }

    [Theory]
    [InlineData("How can I purchase several items in one order?", "Taobao shop")]
    [InlineData("I'm ready to buy. What's the next step?", "check out")]
    [InlineData("怎么下单啊亲", "淘宝页面下单")]
    public async Task How_to_order_is_no_order_look_up(string text, string fact)
    {
        var reply = await AskAsync(text);
        Assert.Equal("other", reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
        Assert.Contains("how-to-order", reply.Metadata.Sources);
    }

    [Theory]
    [InlineData("忘记密码了怎么办")]
    [InlineData("I forgot my password")]
    public async Task How_to_order_answers_nothing_else(string text)
    {
        var reply = await AskAsync(text);
        Assert.DoesNotContain("how-to-order", reply.Metadata.Sources);
    }

    [Theory]
    [InlineData("this order is ¥40, do I pay postage?", "shipping_policy")]
    [InlineData("这个订单40块要付邮费吗", "shipping_policy")]
    [InlineData("拍下以后几天发出", "shipping_policy")]
    [InlineData("bought it two months ago, invoice still possible?", "invoice")]
    // Fourteenth session: an order or its state named without its number, and a waybill named rather than asked after.
    [InlineData("订单里有个刻了名字的杯子和一个普通杯子，普通的那个能单独退吗", "return_policy")]
    [InlineData("Tracking no. SF1409923851 - for returns do I need to keep the original box?", "return_policy")]
    public async Task Rule_questions_that_mention_an_order_go_to_the_rule(string text, string intent)
    {
        var reply = await AskAsync(text);
        Assert.Equal(intent, reply.Metadata.Intent);
        Assert.DoesNotContain("6位数字", reply.Text);
        Assert.DoesNotContain("6 digits", reply.Text);
    }

    [Fact]
    public async Task A_cancel_question_naming_an_order_not_yet_shipped_gets_the_cancel_rule()
    {
        var reply = await AskAsync("My order hasn't shipped yet, is there any fee to cancel?");
        Assert.Equal("cancel_order", reply.Metadata.Intent);
        Assert.Contains("free", reply.Text);
    }
}
