namespace ShopAssistant.Assistant.Summaries;

/// <summary>One line of a conversation as the summary sees it: who spoke (shopper, bot, agent) and what they said.</summary>
public sealed record SummaryLine(string Speaker, string Text);

/// <summary>Writes the short note an agent reads before taking over; null when no model is configured or it failed.</summary>
public interface IConversationSummarizer
{
    /// <param name="conversationId">Whose conversation the model's tokens are spent on (the dashboard's cost per conversation).</param>
    Task<string?> SummarizeAsync(IReadOnlyList<SummaryLine> conversation, string reason, string language, string? conversationId, CancellationToken ct);
}
