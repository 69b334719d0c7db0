namespace ShopAssistant.Understanding.Tests;

[Collection(UnderstandingCollection.Name)]
public class EntityExtractorTests(UnderstandingFixture fixture)
{
    private MessageEntities Read(string text) => fixture.Understanding.Understand(text).Entities;

    [Theory]
    [InlineData("订单536365到哪了", 536365)]
    [InlineData("订单号：581587 帮我查下", 581587)]
    [InlineData("查一下 订单号 562031", 562031)]
    [InlineData("where is order #536365?", 536365)]
    [InlineData("order no. 581587 please", 581587)]
    [InlineData("Has order 553071 shipped yet?", 553071)]
    [InlineData("５３６３６５ 发货了吗", 536365)]
    public void Reads_order_numbers(string text, int expected) => Assert.Equal([expected], Read(text).OrderNumbers);

    [Theory]
    [InlineData("订单536365 尾号1234", 536365, "1234")]
    [InlineData("order 581587, last 4 digits 5678", 581587, "5678")]
    [InlineData("手机后四位是 4321 订单 562031", 562031, "4321")]
    [InlineData("order #536365 phone ending in 8888", 536365, "8888")]
    [InlineData("is my refund done yet order 558821 phone ends 4410", 558821, "4410")]
    public void Order_number_and_phone_suffix_are_told_apart(string text, int order, string last4)
    {
        var entities = Read(text);
        Assert.Equal([order], entities.OrderNumbers);
        Assert.Equal(last4, entities.PhoneLast4);
        Assert.Empty(entities.AmountsRmb);
    }

    [Theory]
    [InlineData("订单536365 退50元", 536365, 50)]
    [InlineData("order 581587 was ¥114.8", 581587, 114.8)]
    [InlineData("订单 562031 降价了20块", 562031, 20)]
    public void Order_number_and_amount_are_told_apart(string text, int order, double amount)
    {
        var entities = Read(text);
        Assert.Equal([order], entities.OrderNumbers);
        Assert.Equal([(decimal)amount], entities.AmountsRmb);
    }

    [Fact]
    public void A_six_digit_amount_is_not_an_order() => Assert.Empty(Read("我花了 ¥536365？").OrderNumbers);

    [Theory]
    [InlineData("¥50", 50)]
    [InlineData("50元以内的礼物", 50)]
    [InlineData("便宜了50块", 50)]
    [InlineData("RMB 50 off?", 50)]
    [InlineData("under 200 yuan please", 200)]
    [InlineData("五十块以内", 50)]
    [InlineData("预算一百五十元", 150)]
    [InlineData("￥99.5", 99.5)]
    [InlineData("这个三百八的台灯收到就是坏的", 380)]
    [InlineData("买的480的花瓶碎了", 480)]
    [InlineData("新人券能用吗 我第一单一百三十八", 138)]
    [InlineData("一共两百五，能包邮吗", 250)]
    [InlineData("三百多买的香薰机用一次就坏了", 300)]
    [InlineData("这单实付88", 88)]
    public void Reads_rmb_amounts(string text, double expected) => Assert.Equal([(decimal)expected], Read(text).AmountsRmb);

    [Theory]
    [InlineData("200 quid no")]
    [InlineData("满99包邮吗")]
    [InlineData("$20 gift")]
    [InlineData("买了两个的那款")]
    [InlineData("花了三天才到")]
    [InlineData("订单123456什么时候发")]
    [InlineData("这单一个就行")]
    [InlineData("满150的订单能用券吗")]
    [InlineData("订单568812的物流")]
    public void Other_currencies_and_bare_numbers_are_not_amounts(string text) => Assert.Empty(Read(text).AmountsRmb);

    [Theory]
    [InlineData("我的手机号是13812345678")]
    [InlineData("call me on +86 138 1234 5678")]
    [InlineData("电话 138-1234-5678 订单536365")]
    public void Notices_a_full_phone_number_without_reading_digits_from_it(string text)
    {
        var entities = Read(text);
        Assert.True(entities.ContainsFullPhone);
        Assert.Null(entities.PhoneLast4);
        Assert.DoesNotContain(entities.OrderNumbers, o => o != 536365);
        Assert.Empty(entities.AmountsRmb);
    }

    [Fact]
    public void Masks_full_phone_numbers() =>
        Assert.Equal("我的手机 138****5678 订单536365", Entities.PhoneNumbers.Mask("我的手机 13812345678 订单536365"));

    [Theory]
    [InlineData("85123A 还有货吗", "85123A")]
    [InlineData("how much is 22423?", "22423")]
    [InlineData("is 85099b in stock", "85099B")]
    [InlineData("do you still have the white hanging heart t-light holder", "85123A")]
    [InlineData("regency cakestand 3 tier price?", "22423")]
    [InlineData("the white hangin heart t-light holdr", "85123A")]
    [InlineData("whte hanging heart t-light holder please", "85123A")]
    public void Reads_stock_codes_and_product_names(string text, string expected) => Assert.Equal(expected, Read(text).StockCodes.First());

    [Fact]
    public void A_five_digit_number_that_is_no_product_is_not_a_stock_code() => Assert.Empty(Read("is 99999 in stock").StockCodes);

    [Theory]
    [InlineData("有没有圣诞装饰", "christmas")]
    [InlineData("送妈妈一个杯子", "kitchen")]
    [InlineData("any nice candles?", "lights")]
    [InlineData("I need a birthday present", "party")]
    [InlineData("推荐个包包", "bags")]
    public void Reads_category_words(string text, string expected) => Assert.Contains(expected, Read(text).CategoryIds);

    [Theory]
    [InlineData("包邮吗")]
    [InlineData("can I pay by credit card")]
    [InlineData("change my home address")]
    public void Category_aliases_inside_other_phrases_do_not_count(string text) => Assert.Empty(Read(text).CategoryIds);

    [Fact]
    public void A_category_alias_inside_a_longer_one_gives_way() => Assert.Equal(["christmas"], Read("圣诞装饰有哪些").CategoryIds);

    [Theory]
    [InlineData("今天能到吗", 0)]
    [InlineData("明天能送到吗", 1)]
    [InlineData("昨天买的", -1)]
    [InlineData("前天下的单", -2)]
    [InlineData("3天前下的单", -3)]
    [InlineData("三天前付的款", -3)]
    [InlineData("I ordered yesterday", -1)]
    [InlineData("will it come tomorrow?", 1)]
    [InlineData("bought it 5 days ago", -5)]
    public void Reads_relative_dates(string text, int days) => Assert.Equal([UnderstandingFixture.Today.AddDays(days)], Read(text).Dates);

    [Theory]
    [InlineData("12月18日下的单", 2024, 12, 18)]
    [InlineData("2024-12-01 的订单", 2024, 12, 1)]
    [InlineData("2024年11月30日买的", 2024, 11, 30)]
    [InlineData("ordered on Dec 3rd", 2024, 12, 3)]
    [InlineData("ordered on 2 November", 2024, 11, 2)]
    [InlineData("1月5号能到吗", 2025, 1, 5)]
    [InlineData("6月1日买的", 2024, 6, 1)]
    public void Reads_calendar_dates(string text, int year, int month, int day) => Assert.Equal([new DateOnly(year, month, day)], Read(text).Dates);

    [Fact]
    public void A_date_is_not_an_order_or_amount()
    {
        var entities = Read("2024-12-01 下的订单 536365");
        Assert.Equal([536365], entities.OrderNumbers);
        Assert.Empty(entities.AmountsRmb);
        Assert.Equal([new DateOnly(2024, 12, 1)], entities.Dates);
    }

    [Fact]
    public void An_ordinary_question_has_no_entities()
    {
        var entities = Read("what's your return policy?");
        Assert.Empty(entities.OrderNumbers);
        Assert.Null(entities.PhoneLast4);
        Assert.False(entities.ContainsFullPhone);
        Assert.Empty(entities.StockCodes);
        Assert.Empty(entities.AmountsRmb);
        Assert.Empty(entities.Dates);
    }
}
