using ShopAssistant.Recommendations.Evaluation;

namespace ShopAssistant.Recommendations.Tests;

public class TopNMetricsTests
{
    [Fact]
    public void One_hit_at_rank_two_of_two_relevant()
    {
        int[] ranked = [1, 2, 3];
        var truth = new HashSet<int> { 2, 5 };

        Assert.Equal(0.5, TopNMetrics.Recall(ranked, truth, 10), 6);
        Assert.Equal(1, TopNMetrics.HitRate(ranked, truth, 10));
        var expected = (1 / Math.Log2(3)) / (1 + 1 / Math.Log2(3));
        Assert.Equal(expected, TopNMetrics.Ndcg(ranked, truth, 10), 6);
    }

    [Fact]
    public void Perfect_ranking_scores_one_and_ideal_dcg_stops_at_k()
    {
        var ranked = Enumerable.Range(0, 10).ToArray();
        var truth = Enumerable.Range(0, 15).ToHashSet();

        Assert.Equal(1, TopNMetrics.Ndcg(ranked, truth, 10), 6);
        Assert.Equal(10.0 / 15, TopNMetrics.Recall(ranked, truth, 10), 6);
    }

    [Fact]
    public void Hits_below_k_do_not_count()
    {
        var ranked = Enumerable.Range(0, 12).ToArray();
        var truth = new HashSet<int> { 11 };

        Assert.Equal(0, TopNMetrics.Recall(ranked, truth, 10));
        Assert.Equal(0, TopNMetrics.Ndcg(ranked, truth, 10));
        Assert.Equal(0, TopNMetrics.HitRate(ranked, truth, 10));
    }

    [Fact]
    public void Empty_truth_scores_zero()
    {
        Assert.Equal(0, TopNMetrics.Recall([1], new HashSet<int>(), 10));
        Assert.Equal(0, TopNMetrics.Ndcg([1], new HashSet<int>(), 10));
    }
}
