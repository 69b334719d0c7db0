namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// One method's scores on both variants and how long it took to rank one shopper (ms): p50 and p99 of single runs,
/// and p99 of each shopper's best of three runs (the work itself, without other jobs' preemption).
/// </summary>
public sealed record MethodReport(string Name, TopNScores All, TopNScores New, double ScoreP50Ms, double ScoreP99Ms, double ScoreP99MsBestOf3);
