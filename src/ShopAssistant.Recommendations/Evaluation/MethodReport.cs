namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>One method's scores on both variants and how long it took to rank one shopper (p50/p99, ms).</summary>
public sealed record MethodReport(string Name, TopNScores All, TopNScores New, double ScoreP50Ms, double ScoreP99Ms);
