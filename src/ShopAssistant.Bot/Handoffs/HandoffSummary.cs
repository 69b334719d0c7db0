using System.Text;
using System.Text.RegularExpressions;
using ShopAssistant.Assistant.Summaries;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>
/// The extractive summary an agent reads first (handbook H4): reason, language, the intents the bot saw,
/// order numbers mentioned, and the shopper's last messages. A language model may write a better one later.
/// </summary>
internal static partial class HandoffSummary
{
    public static string Build(IReadOnlyList<TranscriptEntry> transcript, IReadOnlyList<string> intents, string reason, string language)
    {
        var shopperLines = transcript.Where(t => t.Direction == TranscriptEntry.Inbound && !string.IsNullOrWhiteSpace(t.Text)).Select(t => t.Text!).ToList();
        var orders = shopperLines.SelectMany(l => OrderNumber().Matches(l).Select(m => m.Value)).Distinct().ToList();
        var summary = new StringBuilder()
            .Append("Reason: ").Append(reason).Append(". Language: ").Append(language).Append('.')
            .Append(" Intents: ").Append(intents.Count == 0 ? "none" : string.Join(", ", intents.Distinct())).Append('.');
        if (orders.Count > 0) summary.Append(" Orders mentioned: ").Append(string.Join(", ", orders)).Append('.');
        foreach (var line in shopperLines.TakeLast(3))
            summary.Append("\n> ").Append(line.Length > 200 ? line[..200] + "…" : line);
        return summary.ToString();
    }

    /// <summary>The conversation's messages, speaker by speaker, for a summary written by the model.</summary>
    public static IReadOnlyList<SummaryLine> Lines(IReadOnlyList<TranscriptEntry> transcript) => transcript
        .Where(t => t.Type == "message" && !string.IsNullOrWhiteSpace(t.Text))
        .Select(t => new SummaryLine(t.Direction == TranscriptEntry.Inbound ? "shopper" : "bot", t.Text!.Length > 500 ? t.Text[..500] : t.Text))
        .ToList();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex OrderNumber();
}
