namespace ShopAssistant.Understanding.Tests;

/// <summary>
/// The handoff judge reads H3 situations told as stories, which the rules' word lists miss, and leaves everyday questions
/// alone. Phrasings are written here, never taken from an evaluation or development set.
/// </summary>
[Collection(UnderstandingCollection.Name)]
public class HandoffJudgeTests(UnderstandingFixture fixture)
{
    /// <summary>Likely, if not always sure: the escalation rules act on the judge from 0.9 (EscalationRules.JudgedSure).</summary>
    [Theory]
    [InlineData("那个铁艺挂钩没装稳，整个掉下来砸到我女儿额头，肿了个大包")]
    [InlineData("拆开闻着一股怪味，我儿子用了一晚上起了满脸红疹子")]
    [InlineData("the kettle lid popped off mid-boil and splashed my wrist, it's gone all red and blistery")]
    [InlineData("honestly I'll just let everyone on my feed know how this went")]
    [InlineData("写个评价让以后买的人都绕着走")]
    public void Stories_of_harm_or_threats_are_judged_for_a_person(string text) =>
        Assert.True(fixture.Understanding.Understand(text).HandoffLikelihood is var p && p >= 0.7, $"{text}: {p:F3}");

    [Theory]
    [InlineData("我在杭州几天能到")]
    [InlineData("满多少包邮呀")]
    [InlineData("can I pay with huabei in 3 instalments?")]
    [InlineData("how long do refunds take to reach my card")]
    [InlineData("发票怎么开")]
    public void Everyday_questions_are_not(string text) =>
        Assert.True(fixture.Understanding.Understand(text).HandoffLikelihood is var p && p < 0.3, $"{text}: {p:F3}");
}
