using ShopAssistant.AI;

namespace ShopAssistant.Assistant.Summaries;

/// <summary>
/// The handoff summary by the configured language model (prompts/summary.yaml). Without a model, or when it fails or
/// takes longer than the model's share of a turn, it returns null and the bot layer writes its extractive summary instead.
/// </summary>
public sealed class LlmConversationSummarizer(ShopModel model) : IConversationSummarizer
{
    private const int MaxLines = 40;

    public async Task<string?> SummarizeAsync(IReadOnlyList<SummaryLine> conversation, string reason, string language, string? conversationId, CancellationToken ct)
    {
        if (!model.Enabled || conversation.Count == 0) return null;
        var answer = await model.AskAsync(new ModelQuestion(ModelPurposes.Summary, model.Prompt("summary.yaml"),
            string.Join("\n", conversation.TakeLast(MaxLines).Select(l => $"{l.Speaker}: {l.Text}")))
        {
            Arguments = new() { ["reason"] = reason, ["language"] = language },
            ConversationId = conversationId,
            // The summary is written while the shopper's handoff turn waits: it gets the model's share of a turn, no more.
            Timeout = model.Gate.Options.ModelShare < model.Options.Timeout ? model.Gate.Options.ModelShare : model.Options.Timeout,
        }, ct);
        return answer.Answered ? answer.Text : null;
    }
}
