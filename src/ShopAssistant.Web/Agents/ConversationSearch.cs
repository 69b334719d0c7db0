using ShopAssistant.Data;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Agents;

/// <summary>A conversation an agent found: its latest handoff and the shopper's words that matched.</summary>
public sealed record SearchHit(HandoffView Handoff, string Snippet, DateTimeOffset At);

/// <summary>
/// GET /api/handoffs/search?q= (agent login, like the rest of the agents' API): finds handed-over conversations by
/// what the shopper wrote. Only conversations that reached a person are searched, only the shopper's messages, and
/// only as agents see them (masked and neutralised), so a search can never reveal what the console would not show.
/// It reads the transcripts of the latest handoffs one by one: enough for one shop's queue, not an index.
/// </summary>
public static class ConversationSearch
{
    public const int MaxQueryLength = 100;
    public const int MaxHits = 20;
    private const int HandoffsPerStatus = 300;
    private const int SnippetRadius = 40;

    public static async Task<IResult> SearchAsync(string? q, IHandoffStore handoffs, ITranscriptLog transcripts, TimeProvider clock, CancellationToken ct)
    {
        var query = q?.Trim() ?? "";
        if (query.Length is 0 or > MaxQueryLength)
            return Results.Problem(title: "Bad query", detail: $"Search for 1 to {MaxQueryLength} characters.", statusCode: 400);
        var latest = new List<Handoff>();
        foreach (var status in new[] { HandoffStatus.Waiting, HandoffStatus.Active, HandoffStatus.Resolved, HandoffStatus.ReturnedToBot })
            latest.AddRange(await handoffs.ListAsync(status, HandoffsPerStatus, ct));
        var now = clock.GetUtcNow();
        var hits = new List<SearchHit>();
        // A conversation handed over more than once is one result, shown with its latest handoff.
        foreach (var handoff in latest.GroupBy(h => h.ConversationId).Select(g => g.MaxBy(h => h.CreatedAt)!).OrderByDescending(h => h.CreatedAt))
        {
            var match = (await transcripts.ReadAsync(handoff.ConversationId, ct))
                .Where(t => t.Direction == TranscriptEntry.Inbound && t.Type == "message" && !string.IsNullOrEmpty(t.Text))
                .Select(t => (Text: StaffText.Clean(t.Text!), t.At))
                .Select(t => (t.Text, t.At, Index: t.Text.IndexOf(query, StringComparison.OrdinalIgnoreCase)))
                .LastOrDefault(t => t.Index >= 0);
            if (match.Text is null) continue;
            hits.Add(new SearchHit(HandoffView.From(handoff, now), Snippet(match.Text, match.Index, query.Length), match.At));
            if (hits.Count == MaxHits) break;
        }
        return Results.Ok(hits);
    }

    private static string Snippet(string text, int index, int length)
    {
        var start = Math.Max(0, index - SnippetRadius);
        var end = Math.Min(text.Length, index + length + SnippetRadius);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
