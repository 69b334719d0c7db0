using System.Diagnostics;
using ShopAssistant.Domain;

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
        var repeat = new Accumulator();
        var explore = new Accumulator();
        var all = Variant(method, split, split.All, newOnly: false, timings, bestTimings, repeat, explore);
        var @new = Variant(method, split, split.New, newOnly: true, timings, bestTimings, null, null);
        timings.Sort();
        bestTimings.Sort();
        return new MethodReport(method.Name, all, @new, repeat.Scores(), explore.Scores(), Percentile.Of(timings, 0.50), Percentile.Of(timings, 0.99), Percentile.Of(bestTimings, 0.99));
    }

    private static TopNScores Variant(IRankingMethod method, TemporalSplit split, IReadOnlyDictionary<int, HashSet<int>> truth, bool newOnly,
        List<double> timings, List<double> bestTimings, Accumulator? repeat, Accumulator? explore)
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
            if (repeat is null || explore is null) continue;
            var own = split.Train.Shopper(customer)!.Items;
            repeat.Add(ranked, items.Where(own.ContainsKey).ToHashSet());
            explore.Add(ranked, items.Where(i => !own.ContainsKey(i)).ToHashSet());
        }
        var n = Math.Max(1, truth.Count);
        return new TopNScores(recall / n, ndcg / n, hr / n, truth.Count);
    }

    /// <summary>Means over the shoppers whose truth subset is not empty.</summary>
    private sealed class Accumulator
    {
        private double _recall, _ndcg, _hr;
        private int _shoppers;

        public void Add(IReadOnlyList<int> ranked, HashSet<int> truth)
        {
            if (truth.Count == 0) return;
            _recall += TopNMetrics.Recall(ranked, truth, K);
            _ndcg += TopNMetrics.Ndcg(ranked, truth, K);
            _hr += TopNMetrics.HitRate(ranked, truth, K);
            _shoppers++;
        }

        public TopNScores Scores()
        {
            var n = Math.Max(1, _shoppers);
            return new TopNScores(_recall / n, _ndcg / n, _hr / n, _shoppers);
        }
    }
}
