using ShopAssistant.Domain;
using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Understanding.Tests;

/// <summary>The situation slots a message names, which the policy calculator applies the rules to.</summary>
[Collection(UnderstandingCollection.Name)]
public sealed class SlotReaderTests(UnderstandingFixture fixture)
{
    private MessageUnderstanding Read(string text) => fixture.Understanding.Understand(text);

    [Theory]
    [InlineData("我在杭州几天能到", "浙江")]
    [InlineData("寄到乌鲁木齐要多久", "新疆")]
    [InlineData("那广州呢", "广东")]
    [InlineData("发江苏省几天", "江苏")]
    [InlineData("how long to shenzhen?", "广东")]
    [InlineData("and for Hainan?", "海南")]
    [InlineData("shipping to Inner Mongolia", "内蒙古")]
    // Every prefecture-level city, and the first place named wins: 马鞍山 is in Anhui, not 鞍山's Liaoning.
    [InlineData("发到马鞍山几天", "安徽")]
    [InlineData("发货到喀什要多久", "新疆")]
    [InlineData("delivery to baotou?", "内蒙古")]
    [InlineData("how many days to Zunyi", "贵州")]
    public void Reads_mainland_places_as_their_province(string text, string province)
    {
        var place = Read(text).Slots.Place;
        Assert.NotNull(place);
        Assert.True(place.Served);
        Assert.Equal(province, place.NameZh);
    }

    [Theory]
    [InlineData("能寄香港吗")]
    [InlineData("do you ship to the UK")]
    [InlineData("台湾可以发吗")]
    [InlineData("can you send it abroad")]
    [InlineData("ship to Kaohsiung?")]
    public void Places_outside_the_mainland_are_read_as_not_served(string text) => Assert.False(Read(text).Slots.Place!.Served);

    /// <summary>City names that are also words: "平台中" is no Taichung, "那曲子" no Nagqu.</summary>
    [Theory]
    [InlineData("这个平台中有没有优惠券")]
    [InlineData("那曲子是什么歌")]
    public void Words_that_contain_a_city_name_name_no_place(string text) => Assert.Null(Read(text).Slots.Place);

    [Theory]
    [InlineData("付款时间是下午两点，今天能发吗", 14, 0)]
    [InlineData("三点半付的款", 15, 30)]
    [InlineData("晚上8点下单", 20, 0)]
    [InlineData("上午10点付款", 10, 0)]
    [InlineData("paid at 3:30pm, ships today?", 15, 30)]
    [InlineData("it's 11:30pm, can I talk to someone", 23, 30)]
    [InlineData("paid at 10:15am", 10, 15)]
    [InlineData("if I pay at 17:05", 17, 5)]
    [InlineData("paid 11am", 11, 0)]
    [InlineData("I paid at half 2 this afternoon", 14, 30)]
    [InlineData("paid at ten to six this evening", 17, 50)]
    [InlineData("quarter past 11 this morning", 11, 15)]
    [InlineData("half past nine in the evening", 21, 30)]
    [InlineData("paid at 5 o'clock", 17, 0)]
    [InlineData("twenty-five to 4", 15, 35)]
    public void Reads_times_of_day(string text, int hour, int minute) => Assert.Equal(new TimeOnly(hour, minute), Read(text).Slots.ClockTime);

    [Theory]
    [InlineData("还没发货，我想退款", true)]
    [InlineData("cancelled before dispatch", true)]
    [InlineData("my order hasn't shipped yet", true)]
    [InlineData("发货了吗", false)]
    [InlineData("it shipped yesterday", false)]
    public void Reads_whether_the_order_has_left(string text, bool notDispatched) => Assert.Equal(notDispatched, Read(text).Slots.NotDispatched);

    [Theory]
    [InlineData("收到8天了还能退吗", 8)]
    [InlineData("十天前签收的", 10)]
    [InlineData("两个月前买的，还能开发票吗", 60)]
    [InlineData("收货都一个多月了还行吗", 31)]
    [InlineData("上周买的降价了", 7)]
    [InlineData("bought it 3 weeks ago", 21)]
    [InlineData("delivered two days ago", 2)]
    [InlineData("got it last week", 7)]
    [InlineData("10多天了还能退吗", 11)]
    [InlineData("收到第9天了", 9)]
    [InlineData("it's been 5 days since it came", 5)]
    [InlineData("been over a week, can i still send it back", 8)]
    public void Reads_days_since(string text, int days) => Assert.Equal(days, Read(text).Slots.DaysAgo);

    [Theory]
    [InlineData("签收是上周五，今天周二，还能退吗", 4)]
    [InlineData("周二收到的 今天星期四", 2)]
    [InlineData("上周二到的，今天周四", 9)]
    [InlineData("i received it on tuesday, today is thursday", 2)]
    [InlineData("delivered last friday and it's monday today", 3)]
    [InlineData("3号到的今天12号", 9)]
    [InlineData("got it on the 28th, today's the 5th", 7)]
    [InlineData("11月3日签收，今天11月20日", 17)]
    [InlineData("我8月1号确认收货的 现在8月20号", 19)]
    [InlineData("收到是10月28号，今天是11月5号", 8)]
    [InlineData("arrived on oct 30, today is nov 2", 3)]
    [InlineData("从3号到7号，物流信息一条都没加", 4)]
    [InlineData("10号到11号物流没变化，是正常的吧", 1)]
    [InlineData("no update between monday and thursday", 3)]
    [InlineData("stuck at the depot from 20 Nov to 24 Nov", 4)]
    [InlineData("the last scan was on monday and it's thursday", 3)]
    [InlineData("物流从周一显示到达中转场，今天都周四了还是这一条", 3)]
    public void Reads_the_days_between_two_stated_ends(string text, int days) => Assert.Equal(days, Read(text).Slots.DaysAgo);

    [Theory]
    [InlineData("周五能到吗")]
    [InlineData("today is my birthday, any gift ideas")]
    [InlineData("今天12号了")]
    public void One_end_alone_is_not_days_since(string text) => Assert.Null(Read(text).Slots.DaysAgo);

    [Theory]
    [InlineData("七天无理由退货吗")]
    [InlineData("7天内能退吗")]
    [InlineData("what is the 7 day return policy")]
    public void A_rule_period_is_not_days_since(string text) => Assert.Null(Read(text).Slots.DaysAgo);

    [Theory]
    [InlineData("我是花呗付的", PaymentMethod.Huabei)]
    [InlineData("用信用卡付的多久退回来", PaymentMethod.BankCard)]
    [InlineData("paid with alipay", PaymentMethod.Alipay)]
    [InlineData("I paid by credit card", PaymentMethod.BankCard)]
    public void Reads_payment_methods(string text, PaymentMethod method) => Assert.Equal(method, Read(text).Slots.PaymentMethod);

    [Theory]
    [InlineData("刻字的杯子能退吗", ItemKind.Personalised)]
    [InlineData("can I return an engraved frame", ItemKind.Personalised)]
    [InlineData("巧克力拆开了能退吗", ItemKind.OpenedFood)]
    [InlineData("清仓的能退吗", ItemKind.Clearance)]
    public void Reads_item_kinds_that_returns_exclude(string text, ItemKind kind) => Assert.Equal(kind, Read(text).Slots.ItemKind);

    [Theory]
    [InlineData("basket is ¥130, does the new-customer coupon work?", 130)]
    [InlineData("订单80包邮吗", 80)]
    [InlineData("买了一百三十块能用新人券吗", 130)]
    [InlineData("this order is 40 rmb, do I pay postage?", 40)]
    public void Reads_the_amount_or_a_bare_number(string text, double amount) => Assert.Equal((decimal)amount, Read(text).Slots.Amount);

    [Theory]
    [InlineData("48小时内发货吗")]
    [InlineData("订单536367到哪了")]
    [InlineData("尾号6014")]
    [InlineData("last 4 digits 6014")]
    public void Hours_order_numbers_and_suffixes_are_no_amount(string text) => Assert.Null(Read(text).Slots.Amount);

    [Theory]
    [InlineData("邮费多少", "邮费")]
    [InlineData("油费多少", "邮费")]
    [InlineData("优惠卷怎么用", "优惠券")]
    [InlineData("能开发漂吗", "发票")]
    [InlineData("i didnt recieve my refnd", "receive")]
    [InlineData("wheres my oder", "order")]
    public void Shop_terms_restore_the_words_shoppers_mistype(string text, string word) => Assert.Contains(word, Read(text).NormalText);

    [Theory]
    [InlineData("fa piao zen me kai a", "发票")]
    [InlineData("tuikuan duojiu dao", "退款")]
    [InlineData("zhuan ren gong", "转人工")]
    public void Shop_terms_in_pinyin_are_read_as_Chinese(string text, string word)
    {
        var read = Read(text);
        Assert.Contains(word, read.NormalText);
        Assert.Equal(ShopLanguage.Zh, read.Language);
    }

    [Theory]
    [InlineData("can I get a fapiao for my company")]
    [InlineData("where is my order")]
    public void English_around_a_pinyin_term_stays_English(string text) => Assert.Equal(ShopLanguage.En, Read(text).Language);

    [Theory]
    [InlineData("这个订单40块要付邮费吗", "shipping_policy")]
    [InlineData("this order is ¥40, do I pay postage?", "shipping_policy")]
    [InlineData("上个月买的还能开发票吗", "invoice")]
    [InlineData("我的订单到哪了", "order_status")]
    public void Topic_cues_name_the_rule_a_message_asks(string text, string topic) => Assert.Contains(topic, Read(text).Topics);
}
