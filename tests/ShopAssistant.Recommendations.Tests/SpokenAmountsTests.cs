namespace ShopAssistant.Recommendations.Tests;

public class SpokenAmountsTests
{
    [Theory]
    [InlineData("一百元以内", "100元以内")]
    [InlineData("两百左右", "200左右")]
    [InlineData("一百五", "150")]
    [InlineData("一百零五元", "105元")]
    [InlineData("一千二", "1200")]
    [InlineData("三十五块", "35块")]
    [InlineData("十块", "10块")]
    [InlineData("五块", "5块")]
    [InlineData("under a hundred", "under 100")]
    [InlineData("two hundred and fifty yuan", "250 yuan")]
    [InlineData("twenty-five rmb", "25 rmb")]
    [InlineData("三四十块的茶具", "30-50块的茶具")]   // neighbouring figures before one unit are a span; tens take in their "and some"
    [InlineData("一两百", "100-200")]
    [InlineData("五六十块", "50-70块")]
    [InlineData("三五十块", "50块")]          // not neighbours: read as one number, as before
    public void Spelled_out_amounts_become_digits(string text, string expected) =>
        Assert.Equal(expected, SpokenAmounts.ToDigits(text));

    [Theory]
    [InlineData("一个杯子")]          // a lone digit without money is a count, not an amount
    [InlineData("百货")]              // units alone are words
    [InlineData("万圣节的装饰")]
    [InlineData("for a friend and my mum")]
    [InlineData("often")]
    public void Words_that_are_not_amounts_stay(string text) => Assert.Equal(text, SpokenAmounts.ToDigits(text));
}
