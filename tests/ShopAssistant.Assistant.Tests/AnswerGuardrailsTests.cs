using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge;

namespace ShopAssistant.Assistant.Tests;

public sealed class AnswerGuardrailsTests
{
    private static ServiceTurn Turn(string question, string script, params string[] toolResults)
    {
        var turn = new ServiceTurn(new ShopperTurn("c", "guest", question), new ConversationMemory(), question, TestShop.Understanding.Understand(question));
        turn.Scripts.Add(new KnowledgeHit("shipping-fee", "Shipping fee", "shipping_policy", ShopLanguage.En, ["S3"], script, 1));
        turn.ToolResults.AddRange(toolResults);
        return turn;
    }

    private const string Script = "Shipping is free on orders of ¥99 or more; below that it is ¥10 per parcel.";

    [Theory]
    [InlineData("Orders of ¥99 or more ship free; otherwise ¥10.")]
    [InlineData("Your order 536367 is on its way.")]            // the shopper's own order number
    [InlineData("Order 536367 total ¥1,234.5, waybill SF1234567890123.")]
    [InlineData("Free shipping from ¥99 — no coupon needed.")]
    public void Grounded_answers_pass(string answer) =>
        Assert.Null(AnswerGuardrails.Violation(answer, Turn("order 536367 shipping?", Script, "Order 536367 (¥1234.5) waybill SF1234567890123")));

    [Theory]
    [InlineData("Shipping is free over ¥49.")]
    [InlineData("It arrives within 3 days.")]
    [InlineData("You get 20% off today.")]
    [InlineData("Use code SAVE20 at checkout.")]
    [InlineData("We'll add a free gift to your parcel.")]
    [InlineData("We will compensate you for the delay.")]
    [InlineData("亲，三天内一定送到")]
    [InlineData("给您补偿一张券")]
    [InlineData("")]
    public void Invented_numbers_codes_and_promises_are_rejected(string answer) =>
        Assert.NotNull(AnswerGuardrails.Violation(answer, Turn("shipping?", Script)));

    [Fact]
    public void A_number_only_in_the_shoppers_message_does_not_ground_a_short_figure()
    {
        Assert.NotNull(AnswerGuardrails.Violation("Sure, ¥50 off.", Turn("give me ¥50 off", Script)));
    }
}
