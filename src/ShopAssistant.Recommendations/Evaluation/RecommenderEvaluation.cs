using System.Diagnostics;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>Scores ranking methods on a temporal split, timing every shopper's ranking on the way.</summary>
public static class RecommenderEvaluation
{
    public const int K = 10;

    /// <summary>
    /// Each shopper is ranked three times: the first run is scored and timed as is; the best of the three is
    /// timed too, because on a shared machine a single run's tail mostly measures other jobs taking the CPU.
    /// </summary>
    public static MethodReport Score(IRankingMethod method, TemporalSplit split)
    {
        var timings = new List<double>(split.All.Count + split.New.Count);
        var bestTimings = new List<double>(timings.Capacity);
        var all = Variant(method, split.All, newOnly: false, timings, bestTimings);
        var @new = Variant(method, split.New, newOnly: true, timings, bestTimings);
        timings.Sort();
        bestTimings.Sort();
        return new MethodReport(method.Name, all, @new, Percentile(timings, 0.50), Percentile(timings, 0.99), Percentile(bestTimings, 0.99));
    }

    private static TopNScores Variant(IRankingMethod method, IReadOnlyDictionary<int, HashSet<int>> truth, bool newOnly, List<double> timings, List<double> bestTimings)
    {
        double recall = 0, ndcg = 0, hr = 0;
        foreach (var (customer, items) in truth.OrderBy(p => p.Key))
        {
            var started = Stopwatch.GetTimestamp();
            var ranked = method.Rank(customer, K, newOnly);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            timings.Add(elapsed);
            for (var again = 0; again < 2; again++)
            {
                started = Stopwatch.GetTimestamp();
                method.Rank(customer, K, newOnly);
                elapsed = Math.Min(elapsed, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            bestTimings.Add(elapsed);
            recall += TopNMetrics.Recall(ranked, items, K);
            ndcg += TopNMetrics.Ndcg(ranked, items, K);
            hr += TopNMetrics.HitRate(ranked, items, K);
        }
        var n = Math.Max(1, truth.Count);
        return new TopNScores(recall / n, ndcg / n, hr / n, truth.Count);
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
