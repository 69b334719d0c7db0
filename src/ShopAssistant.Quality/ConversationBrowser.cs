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

/// <summary>Lists conversations of a range with their flow scores, and opens one with its transcript and the reasons for its score.</summary>
public sealed class ConversationBrowser(QualityReports reports, ITranscriptLog transcripts)
{
    /// <summary>Scoring reads each transcript, so a page shows the newest conversations first and at most this many.</summary>
    public const int MaxPage = 200;

    /// <summary>Per-agent flow scores read at most this many handed-over conversations in a range.</summary>
    public const int MaxScoredForAgents = 500;

    public async Task<ConversationPage> ListAsync(DateRange range, ConversationFilter filter, int limit, CancellationToken ct = default)
    {
        var matching = (await reports.ConversationsAsync(range, ct)).Values
            .Where(c => c.InRange && filter.Matches(c)).OrderByDescending(c => c.StartedAt).ToList();
        var rows = new List<ConversationRow>();
        foreach (var c in matching.Take(Math.Clamp(limit, 1, MaxPage)))
        {
            var score = await ScoreAsync(c.ConversationId, ct);
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
        return new ConversationReview(conversationId, lines.Where(l => l.IsMessage || l.Name is not null).ToList(), QualityScorecard.Score(lines));
    }

    /// <summary>Q6 per agent: the mean flow score of the conversations each agent handled in the range.</summary>
    public async Task<IReadOnlyDictionary<string, double>> FlowScoresByAgentAsync(DateRange range, CancellationToken ct = default)
    {
        var handled = (await reports.ConversationsAsync(range, ct)).Values.Where(c => c.InRange && c.Claims.Count > 0)
            .OrderByDescending(c => c.StartedAt).Take(MaxScoredForAgents).ToList();
        var scores = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var c in handled)
        {
            if (await ScoreAsync(c.ConversationId, ct) is not { } score) continue;
            foreach (var agent in c.Agents)
                (scores.TryGetValue(agent, out var list) ? list : scores[agent] = []).Add(score.Total);
        }
        return scores.ToDictionary(s => s.Key, s => Math.Round(s.Value.Average(), 1));
    }

    private async Task<ScoreCard?> ScoreAsync(string conversationId, CancellationToken ct)
    {
        var entries = await transcripts.ReadAsync(conversationId, ct);
        return entries.Count == 0 ? null : QualityScorecard.Score(TranscriptLine.From(entries));
    }
}
