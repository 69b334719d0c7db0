using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Domain;
using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>
/// The policy calculator for the model: the handbook's rules applied to the situation named so far in the conversation
/// (the same dialogue state and calculator the offline policy uses). Its result is tool evidence, so the guardrails
/// accept the numbers it states and nothing else.
/// </summary>
internal sealed class RulesPlugin(PolicyCalculator rules, TimeProvider clock)
{
    public const string Name = "Rules";

    [KernelFunction("apply_shop_rules")]
    [Description("Applies the shop's rules to the shopper's own situation named so far (place, amount, payment time, days since delivery, item kind, payment method, yearly spend) for a topic: shipping_policy, return_policy, quality_issue, price_protection, invoice, coupon_membership, refund_status or payment. Returns the computed answer to state first, or 'none'.")]
    public string Apply(Kernel kernel, [Description("The topic, or empty for the one the conversation is on")] string? topic = null)
    {
        var turn = TurnKernel.TurnOf(kernel);
        var intent = string.IsNullOrWhiteSpace(topic) ? turn.Understanding.Intent : topic.Trim();
        var computed = ComputedAnswer.For(intent, turn.Slots, turn.Understanding.NormalText, turn.Language, rules, BeijingTime.Of(clock.GetUtcNow()));
        if (computed is null) return "none";
        turn.ToolResults.Add(computed);
        return computed;
    }
}
