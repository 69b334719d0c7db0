namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// One method's scores on both variants and how long it took to rank one shopper (ms): p50 and p99 of single runs,
/// and p99 of each shopper's best of three runs (the work itself, without other jobs' preemption).
/// Repeat and explore (Li et al., "A Next Basket Recommendation Reality Check") score the same "all" list against
/// only the products the shopper had bought before, and only the ones they had not.
/// </summary>
public sealed record MethodReport(string Name, TopNScores All, TopNScores New, TopNScores Repeat, TopNScores Explore, double ScoreP50Ms, double ScoreP99Ms, double ScoreP99MsBestOf3)
{
    /// <summary>The hyper-parameters a tuned baseline was scored with (null for the others).</summary>
    public string? Settings { get; init; }
}
