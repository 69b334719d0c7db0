using ShopAssistant.Data;

namespace ShopAssistant.Quality;

public sealed record KnowledgeGapSummary(int Questions, int ConversationsRead, IReadOnlyList<KnowledgeGap> Gaps);

/// <summary>
/// Q7 for a range: the event log says which conversations had a failed turn; their transcripts hold the questions.
/// Reads at most <see cref="MaxConversations"/> transcripts (newest first) so that a bad week cannot stall the dashboard.
/// </summary>
public sealed class KnowledgeGapReport(QualityReports reports, ITranscriptLog transcripts)
{
    public const int MaxConversations = 1_000;

    public async Task<KnowledgeGapSummary> FindAsync(DateRange range, CancellationToken ct = default)
    {
        var failed = (await reports.FactsAsync(range, ct))
            .Where(e => e.Kind == ShopEventKinds.Turn)
            .Where(t => t.Event.Intent == "other" || t.Confidence < QualityScorecard.LowConfidence || t.HandoffReason == "bot_failed_twice")
            .GroupBy(t => t.ConversationId).OrderByDescending(g => g.Max(t => t.At)).Take(MaxConversations).Select(g => g.Key).ToList();
        var questions = new List<GapQuestion>();
        foreach (var id in failed)
            questions.AddRange(KnowledgeGapFinder.Questions(id, TranscriptLine.From(await transcripts.ReadAsync(id, ct)), range));
        return new KnowledgeGapSummary(questions.Count, failed.Count, KnowledgeGapFinder.Cluster(questions));
    }
}
