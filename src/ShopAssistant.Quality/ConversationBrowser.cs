using System.Text.Json;
using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>The conversation browser's filters; null means "any". Rating "none" finds unrated conversations.</summary>
public sealed record ConversationFilter(string? Intent = null, string? Reason = null, string? Rating = null, string? Agent = null, string? Language = null)
{
    public bool Matches(ConversationFacts c) =>
        (Intent is null || c.Turns.Any(t => t.Event.Intent == Intent))
        && (Reason is null || c.Handoffs.Any(h => h.Reason == Reason))
        && (Agent is null || c.Agents.Contains(Agent))
        && (Language is null || c.Language == Language)
        && (Rating is null || (Rating == "none" ? c.LastStars is null : c.LastStars?.ToString() == Rating));
}

public sealed record ConversationRow(
    string ConversationId,
    string? ShopperId,
    DateTimeOffset StartedAt,
    DateTimeOffset LastAt,
    int Turns,
    string? Language,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> HandoffReasons,
    IReadOnlyList<string> Agents,
    int? Rating,
    bool BotResolved,
    bool Reopened,
    int? FlowScore,
    int Flags);

public sealed record ConversationPage(int Total, IReadOnlyList<ConversationRow> Conversations);

public sealed record ConversationReview(string ConversationId, IReadOnlyList<TranscriptLine> Transcript, ScoreCard Score);

/// <summary>
/// Lists conversations of a range with their flow scores, and opens one with its transcript and the reasons for its
/// score. Opening a conversation asks the model judge when one is configured (once per transcript version: the verdict
/// is stored); lists and per-agent scores only read stored verdicts and score the rest by the rules, so that a page of
/// 200 rows never costs 200 model calls.
/// </summary>
public sealed class ConversationBrowser(QualityReports reports, ITranscriptLog transcripts, IFlowVerdictStore verdicts, IFlowJudge judge, TimeProvider clock)
{
    /// <summary>Scoring reads each transcript, so a page shows the newest conversations first and at most this many.</summary>
    public const int MaxPage = 200;

    /// <summary>Per-agent flow scores read at most this many handed-over conversations in a range.</summary>
    public const int MaxScoredForAgents = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConversationPage> ListAsync(DateRange range, ConversationFilter filter, int limit, CancellationToken ct = default)
    {
        var matching = (await reports.ConversationsAsync(range, ct)).Values
            .Where(c => c.InRange && filter.Matches(c)).OrderByDescending(c => c.StartedAt).ToList();
        var page = matching.Take(Math.Clamp(limit, 1, MaxPage)).ToList();
        var stored = await verdicts.ReadAsync(page.Select(c => c.ConversationId).ToList(), ct);
        var rows = new List<ConversationRow>();
        foreach (var c in page)
        {
            var score = await StoredOrRulesAsync(c.ConversationId, stored, ct);
            rows.Add(new ConversationRow(c.ConversationId, c.ShopperId, c.StartedAt!.Value, c.LastAt, c.Turns.Count, c.Language,
                c.Turns.Select(t => t.Event.Intent).OfType<string>().Distinct().ToList(),
                c.Handoffs.Select(h => h.Reason).OfType<string>().Distinct().ToList(),
                c.Agents.ToList(), c.LastStars, c.BotResolved, c.Reopened, score?.Total, score?.Flags.Count ?? 0));
        }
        return new ConversationPage(matching.Count, rows);
    }

    public async Task<ConversationReview?> OpenAsync(string conversationId, CancellationToken ct = default)
    {
        var entries = await transcripts.ReadAsync(conversationId, ct);
        if (entries.Count == 0) return null;
        var lines = TranscriptLine.From(entries);
        return new ConversationReview(conversationId, lines.Where(l => l.IsMessage || l.Name is not null).ToList(),
            await JudgedAsync(conversationId, entries.Count, lines, ct));
    }

    /// <summary>Q6 per agent: the mean flow score of the conversations each agent handled in the range.</summary>
    public async Task<IReadOnlyDictionary<string, double>> FlowScoresByAgentAsync(DateRange range, CancellationToken ct = default)
    {
        var handled = (await reports.ConversationsAsync(range, ct)).Values.Where(c => c.InRange && c.Claims.Count > 0)
            .OrderByDescending(c => c.StartedAt).Take(MaxScoredForAgents).ToList();
        var stored = await verdicts.ReadAsync(handled.Select(c => c.ConversationId).ToList(), ct);
        var scores = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var c in handled)
        {
            if (await StoredOrRulesAsync(c.ConversationId, stored, ct) is not { } score) continue;
            foreach (var agent in c.Agents)
                (scores.TryGetValue(agent, out var list) ? list : scores[agent] = []).Add(score.Total);
        }
        return scores.ToDictionary(s => s.Key, s => Math.Round(s.Value.Average(), 1));
    }

    /// <summary>The stored verdict when it was given for this very transcript, else the model's now, else the rules'.</summary>
    private async Task<ScoreCard> JudgedAsync(string conversationId, int entries, IReadOnlyList<TranscriptLine> lines, CancellationToken ct)
    {
        var stored = await verdicts.ReadAsync([conversationId], ct);
        if (Current(stored.GetValueOrDefault(conversationId), entries) is { } card) return card;
        if (judge.Enabled && await judge.JudgeAsync(lines, ct) is { } judged)
        {
            await verdicts.SaveAsync(new FlowVerdict(conversationId, entries, judged.Judge, JsonSerializer.Serialize(judged, Json), clock.GetUtcNow()), ct);
            return judged;
        }
        // A failed judgement is not stored: the next opening tries the model again.
        return QualityScorecard.Score(lines);
    }

    private async Task<ScoreCard?> StoredOrRulesAsync(string conversationId, IReadOnlyDictionary<string, FlowVerdict> stored, CancellationToken ct)
    {
        var entries = await transcripts.ReadAsync(conversationId, ct);
        if (entries.Count == 0) return null;
        return Current(stored.GetValueOrDefault(conversationId), entries.Count) ?? QualityScorecard.Score(TranscriptLine.From(entries));
    }

    /// <summary>A verdict counts only for the transcript it judged; once the conversation has grown, it is stale.</summary>
    private static ScoreCard? Current(FlowVerdict? verdict, int entries)
    {
        if (verdict is null || verdict.TranscriptEntries != entries) return null;
        try
        {
            return JsonSerializer.Deserialize<ScoreCard>(verdict.ScoreJson, Json) is { Steps.Count: > 0 } card ? card : null;
        }
        catch (JsonException)
        {
            return null; // A damaged row is scored again rather than shown.
        }
    }
}
