namespace ShopAssistant.Understanding.Tests;

/// <summary>
/// The shopping judge tells a message that wants products shown (a need told as a story, a budget with a person, a kind of
/// thing) from one that mentions a gift, a product or an amount about something else. Phrasings are written here, never taken
/// from an evaluation or development set.
/// </summary>
[Collection(UnderstandingCollection.Name)]
public class ShoppingJudgeTests(UnderstandingFixture fixture)
{
    private double Likelihood(string text) => fixture.Understanding.Understand(text).ShoppingLikelihood;

    [Theory]
    [InlineData("my grandad spends all day in his greenhouse, his 80th is next month")]
    [InlineData("need something for the new neighbours, they just moved in, maybe 100ish")]
    [InlineData("闺蜜下周生日 她超爱喝咖啡 预算一百五")]
    [InlineData("想给办公室添点绿植相关的小东西 别太贵")]
    public void A_need_is_shopping(string text) =>
        Assert.True(Likelihood(text) is var p && p >= 0.6, $"{text}: {p:F3}");

    [Theory]
    [InlineData("where is the birthday present i ordered for my mum last week")]
    [InlineData("can i send back a gift i bought if she doesnt like it")]
    [InlineData("给我爸买的杯子收到就裂了")]
    [InlineData("满99包邮是吗 我买了95的")]
    public void Something_else_about_a_gift_or_an_amount_is_not(string text) =>
        Assert.True(Likelihood(text) is var p && p < 0.4, $"{text}: {p:F3}");
}
