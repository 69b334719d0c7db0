using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Escalation;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>
/// Escalation for the model: the handbook's rules (EscalationRules) already ran before it was asked, so this only lets
/// it hand over for a reason of the closed set; anything else is refused rather than invented.
/// </summary>
internal sealed class HandoffPlugin
{
    public const string Name = "Handoff";

    [KernelFunction("hand_over_to_person")]
    [Description("Hands the conversation to a human agent. Reasons: shopper_request, angry_or_complaint, compensation_claim, damaged_goods, stalled_parcel, special_invoice, safety, legal.")]
    public string HandOver(Kernel kernel, [Description("One reason from the list")] string reason)
    {
        var turn = TurnKernel.TurnOf(kernel);
        if (!HandoffReasons.All.Contains(reason) || reason == HandoffReasons.BotFailedTwice)
            return "Unknown reason; not handed over.";
        turn.HandoffReason ??= reason;
        return "Handed over: " + reason;
    }

    /// <summary>The handbook's decision for this turn's message (H3), as the orchestrator sees it.</summary>
    [KernelFunction("check_escalation")]
    [Description("Says whether the handbook requires a human agent for the current message, and why.")]
    public string Check(Kernel kernel)
    {
        var turn = TurnKernel.TurnOf(kernel);
        return EscalationRules.Decide(turn.Text, turn.Understanding, turn.Memory.ConsecutiveFailures, EscalationRules.TopicOf(turn.Memory)) ?? "none";
    }
}
