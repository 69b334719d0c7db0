using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Tests;

/// <summary>
/// The follow-up judge tells a message that continues the rule just answered from one that starts another subject, even when
/// both are short and lean on "and" or "那". Phrasings are written here, never taken from an evaluation or development set.
/// </summary>
[Collection(UnderstandingCollection.Name)]
public class FollowUpJudgeTests(UnderstandingFixture fixture)
{
    private double Likelihood(string topic, string text) =>
        fixture.Understanding.FollowUpLikelihood(topic, fixture.Understanding.Understand(text).NormalText);

    [Theory]
    [InlineData(IntentLabels.ShippingPolicy, "and what about lhasa")]
    [InlineData(IntentLabels.ShippingPolicy, "那乌鲁木齐呢")]
    [InlineData(IntentLabels.ReturnPolicy, "so who covers the postage back")]
    [InlineData(IntentLabels.ReturnPolicy, "拆了包装还行不")]
    [InlineData(IntentLabels.RefundStatus, "信用卡的话呢")]
    [InlineData(IntentLabels.Invoice, "for my company tho")]
    public void Follow_ups_continue_the_topic(string topic, string text) =>
        Assert.True(Likelihood(topic, text) is var p && p >= 0.6, $"{topic} / {text}: {p:F3}");

    [Theory]
    [InlineData(IntentLabels.ShippingPolicy, "ok and can i get a fapiao for this")]
    [InlineData(IntentLabels.ShippingPolicy, "对了 你们支持花呗分期不")]
    [InlineData(IntentLabels.ReturnPolicy, "great thanks, bye")]
    [InlineData(IntentLabels.Invoice, "also where is order 581234 now")]
    [InlineData(IntentLabels.CouponMembership, "能帮我转个人工吗")]
    public void Another_subject_does_not(string topic, string text) =>
        Assert.True(Likelihood(topic, text) is var p && p < 0.4, $"{topic} / {text}: {p:F3}");
}
