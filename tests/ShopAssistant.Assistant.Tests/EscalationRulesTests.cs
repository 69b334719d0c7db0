using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Tests;

/// <summary>Handbook H3: every trigger in both languages, safety first; ordinary questions stay with the bot.</summary>
public sealed class EscalationRulesTests
{
    [Theory]
    [InlineData("杯子碎了把我手割伤了，流血了", HandoffReasons.Safety)]
    [InlineData("the candle holder caught fire on my table", HandoffReasons.Safety)]
    [InlineData("孩子吃了你们的糖果之后食物中毒了", HandoffReasons.Safety)]
    [InlineData("我要找律师起诉你们", HandoffReasons.Legal)]
    [InlineData("I will take you to court over this", HandoffReasons.Legal)]
    [InlineData("你们这个垃圾客服，我要投诉到12315", HandoffReasons.AngryOrComplaint)]
    [InlineData("you idiots, I am going to file a complaint", HandoffReasons.AngryOrComplaint)]
    [InlineData("再不处理我就给差评", HandoffReasons.AngryOrComplaint)]
    [InlineData("包裹晚到了，你们必须赔偿我", HandoffReasons.Compensation)]
    [InlineData("I want compensation for the delay", HandoffReasons.Compensation)]
    [InlineData("退我500元，马上", HandoffReasons.Compensation)]
    [InlineData("refund me ¥500 now", HandoffReasons.Compensation)]
    [InlineData("收到的花瓶碎了，我拍了照片", HandoffReasons.DamagedGoods)]
    [InlineData("the mug arrived broken, I have photos", HandoffReasons.DamagedGoods)]
    [InlineData("你们发错货了，少了两个配件", HandoffReasons.DamagedGoods)]
    [InlineData("我的快递物流三天没更新了", HandoffReasons.StalledParcel)]
    [InlineData("my parcel hasn't moved for days", HandoffReasons.StalledParcel)]
    [InlineData("我们公司需要开增值税专用发票", HandoffReasons.SpecialInvoice)]
    [InlineData("can I get a special VAT invoice for my company", HandoffReasons.SpecialInvoice)]
    [InlineData("转人工", HandoffReasons.ShopperRequest)]
    [InlineData("我要人工客服", HandoffReasons.ShopperRequest)]
    [InlineData("I want to talk to a real person", HandoffReasons.ShopperRequest)]
    [InlineData("human please", HandoffReasons.ShopperRequest)]
    public async Task Each_trigger_hands_over_with_its_reason(string text, string reason)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());

        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(reason, reply.Metadata.HandoffReason);
        Assert.Equal("offline", reply.Metadata.Policy);
    }

    [Theory]
    [InlineData("我要投诉，杯子炸了把我烫伤了")]
    [InlineData("you idiots, the lamp caught fire and I'll sue you")]
    public async Task Safety_wins_over_every_other_trigger(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Equal(HandoffReasons.Safety, reply.Metadata.HandoffReason);
        Assert.Equal(0, HandoffReasons.PriorityOf(reply.Metadata.HandoffReason!));
    }

    [Fact]
    public async Task A_stalled_parcel_in_the_order_data_hands_over_when_its_shopper_asks()
    {
        var stalled = TestShop.Data.Customers
            .SelectMany(c => TestShop.Data.OrdersOf(c.Id).Take(5))
            .First(o => TestShop.Data.Track(o).Status == ShipmentStatus.Stalled);

        var reply = await TestShop.Offline.SayAsync($"where is order {stalled.OrderNo}", TestShop.Greeted(), stalled.CustomerId.ToString());

        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.StalledParcel, reply.Metadata.HandoffReason);
        Assert.Contains(stalled.OrderNo.ToString(), reply.Text);
    }

    [Theory]
    [InlineData("asdf qwer", "xyzzy plugh")]
    [InlineData("asdf qwer", "that didn't help")]
    [InlineData("asdf qwer", "没用，答非所问")]
    public async Task Two_failed_answers_in_a_row_hand_over(string first, string second)
    {
        var memory = TestShop.Greeted();
        var unsure = await TestShop.Offline.SayAsync(first, memory);
        Assert.False(unsure.Metadata.Handoff);
        Assert.Equal(1, memory.ConsecutiveFailures);

        var reply = await TestShop.Offline.SayAsync(second, memory);

        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(HandoffReasons.BotFailedTwice, reply.Metadata.HandoffReason);
        Assert.Equal(0, memory.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_good_answer_between_two_failures_resets_the_count()
    {
        var memory = TestShop.Greeted();
        await TestShop.Offline.SayAsync("asdf qwer", memory);
        await TestShop.Offline.SayAsync("how much is shipping", memory);
        var reply = await TestShop.Offline.SayAsync("xyzzy plugh", memory);

        Assert.False(reply.Metadata.Handoff);
        Assert.Equal(1, memory.ConsecutiveFailures);
    }

    [Theory]
    [InlineData("运费怎么算")]
    [InlineData("how much is shipping")]
    [InlineData("what is your return policy")]
    [InlineData("可以开电子发票吗")]
    [InlineData("can I pay with huabei")]
    [InlineData("推荐个圣诞礼物")]
    [InlineData("你好")]
    [InlineData("thanks!")]
    [InlineData("退货运费谁出")]
    [InlineData("how long does delivery take to Beijing")]
    [InlineData("what if my item arrives damaged?")]
    [InlineData("如果收到的东西坏了怎么办")]
    [InlineData("会员有什么优惠")]
    [InlineData("do you ship to Hong Kong")]
    [InlineData("订单发货后还能改地址吗")]
    [InlineData("are you human?")]
    [InlineData("我的订单到哪了")]
    [InlineData("where is order 536367")]
    public async Task Ordinary_questions_do_not_hand_over(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, $"{reply.Metadata.HandoffReason}: {reply.Text}");
    }
}
