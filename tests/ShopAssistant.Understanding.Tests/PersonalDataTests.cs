using System.Diagnostics;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Understanding.Tests;

/// <summary>Issue 11 item 6: what a shopper types is masked before it is stored, logged or shown to staff.</summary>
public class PersonalDataTests
{
    [Theory]
    [InlineData("我的手机13812345678", "我的手机138****5678")]
    [InlineData("call me on +86 138-1234-5678 please", "call me on 138****5678 please")]
    [InlineData("电话 86 138 1234 5678", "电话 138****5678")]
    [InlineData("phone: 15900006014.", "phone: 159****6014.")]
    public void Full_mobile_numbers_keep_only_their_first_three_and_last_four_digits(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("身份证号 11010519491231002X 请核对", "身份证号 **************002X 请核对")]
    [InlineData("ID 440524198001010014", "ID **************0014")]
    [InlineData("老身份证 110105491231002", "老身份证 ***********1002")]
    public void Id_card_numbers_keep_only_their_last_four(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("寄到浙江省杭州市西湖区文三路 123 号 4 幢 501 室，谢谢", "寄到浙江省杭州市西湖区" + PersonalData.AddressMark + "，谢谢")]
    [InlineData("上海市浦东新区张杨路500号", "上海市浦东新区" + PersonalData.AddressMark)]
    [InlineData("地址改成幸福小区3栋2单元501室", "地址" + PersonalData.AddressMark)]
    [InlineData("北京市朝阳区建国路88号SOHO现代城", "北京市朝阳区" + PersonalData.AddressMark + "SOHO现代城")]
    [InlineData("上海市长宁区愚园路1088弄12号", "上海市长宁区" + PersonalData.AddressMark)]
    public void Chinese_street_addresses_keep_only_province_city_and_district(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("please send it to 221B Baker Street, London", "please send it to " + PersonalData.AddressMark + ", London")]
    [InlineData("new address: Flat 3, 12 Station Road", "new address: " + PersonalData.AddressMark)]
    [InlineData("I live at 10 downing st.", "I live at " + PersonalData.AddressMark)]
    [InlineData("12-14 Kings Cross Rd", PersonalData.AddressMark)]
    [InlineData("Flat 2, 5 Abbey Road London", PersonalData.AddressMark + " London")]
    [InlineData("deliver to 4 Portland Place.", "deliver to " + PersonalData.AddressMark)]
    public void English_street_addresses_are_masked(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("订单536367 尾号6014")]
    [InlineData("order 536367, last 4 digits 6014")]
    [InlineData("手机后四位是 4321 订单 562031")]
    [InlineData("I bought 2 more on the road trip")]
    [InlineData("3 candle holders on the way?")]
    [InlineData("do you have 12 rose peg place settings in pink")]
    [InlineData("PACK OF 12 CIRCUS PARADE TISSUES")]
    [InlineData("运单号 SF1234567890123")]
    [InlineData("建国路那家店还开吗")]
    [InlineData("买了12个，花了¥536.5")]
    [InlineData("")]
    public void What_the_bot_needs_and_ordinary_text_are_left_alone(string text) =>
        Assert.Equal(text, PersonalData.Mask(text));

    [Fact]
    public void Contains_tells_whether_anything_would_be_masked()
    {
        Assert.True(PersonalData.Contains("13812345678"));
        Assert.False(PersonalData.Contains("订单536367 尾号6014"));
    }

    [Fact]
    public void Pathological_input_is_answered_quickly_and_never_leaves_a_full_number()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("文三路", 3_000)) + "13812345678",
            string.Concat(Enumerable.Repeat("12 Baker ", 1_200)) + " 13812345678",
            new string('1', 10_000),
            string.Concat(Enumerable.Repeat("1号", 5_000)),
        };
        var watch = Stopwatch.StartNew();
        foreach (var text in inputs)
            Assert.DoesNotContain("13812345678", PersonalData.Mask(text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
