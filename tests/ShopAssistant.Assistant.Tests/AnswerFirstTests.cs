using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Tests;

/// <summary>Answer first: clear questions are answered, a clarifying question is rare and never repeated.</summary>
public sealed class AnswerFirstTests
{
    [Theory]
    [InlineData("运费怎么算")]
    [InlineData("亲 包邮吗")]
    [InlineData("能开发票吗")]
    [InlineData("how long does a refund take")]
    [InlineData("what's your return policy")]
    [InlineData("can i pay with huabei")]
    public async Task Clear_questions_get_an_answer_not_a_question(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(Clarifies(reply), reply.Text);
        Assert.NotEmpty(reply.Metadata.Sources);
    }

    [Fact]
    public async Task A_tie_is_asked_about_once_then_the_likelier_reading_is_answered()
    {
        var assistant = new Orchestration.Orchestrator(new Tied(), TestShop.Knowledge, TestShop.Orders,
            new Suggestions.PopularProductSuggestions(TestShop.Data), new AI.ShopModel(new AI.LlmOptions()));
        var memory = TestShop.Greeted();

        var first = await assistant.SayAsync("那个运费和退货", memory);
        Assert.True(Clarifies(first));
        Assert.Equal(2, first.SuggestedActions.Count);

        var second = await assistant.SayAsync("那个运费和退货", memory);
        Assert.False(Clarifies(second), second.Text);
        Assert.Equal(Intents.ShippingPolicy, second.Metadata.Intent);
        Assert.Equal("退换货政策", second.SuggestedActions[0]); // the runner-up offered as a quick reply
    }

    [Fact]
    public async Task A_weak_but_clear_lead_is_answered_with_the_runner_up_offered()
    {
        var assistant = new Orchestration.Orchestrator(new Tied(lead: 0.25), TestShop.Knowledge, TestShop.Orders,
            new Suggestions.PopularProductSuggestions(TestShop.Data), new AI.ShopModel(new AI.LlmOptions()));
        var reply = await assistant.SayAsync("那个运费和退货", TestShop.Greeted());
        Assert.False(Clarifies(reply));
        Assert.Equal(Intents.ShippingPolicy, reply.Metadata.Intent);
        Assert.Equal("退换货政策", reply.SuggestedActions[0]);
    }

    private static bool Clarifies(AssistantReply reply) => reply.Text.Contains("还是「") || reply.Text.Contains("Just to be sure");

    /// <summary>An understanding that always reads shipping and returns as (nearly) tied, to drive the policy's choice.</summary>
    private sealed class Tied(double lead = 0.02) : IMessageUnderstanding
    {
        public MessageUnderstanding Understand(string text, ShopLanguage? previousLanguage = null) =>
            TestShop.Understanding.Understand(text, previousLanguage) with
            {
                Intent = Intents.ShippingPolicy, Confidence = 0.26, RunnerUpIntent = Intents.ReturnPolicy, RunnerUpConfidence = 0.26 - lead, Topics = [],
            };
    }
}
