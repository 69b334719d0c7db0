using System.Globalization;
using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// Tunes TIFU-KNN and UP-CF@r on a validation window that ends at the cut-off (train before it, score on it), so
/// nothing from the test window is read. Each is tuned separately for "all" and "new" by NDCG@10 over a fixed
/// sample of validation shoppers (every n-th by customer id), over grids spanning the papers' published ranges.
/// </summary>
public sealed class BaselineTuning(TemporalSplit validation, int sampleSize = 400)
{
    public static readonly int[] TifuGroupSizes = [3, 7];
    public static readonly double[] TifuWithinDecays = [0.9, 1.0];
    public static readonly double[] TifuBetweenDecays = [0.6, 0.7, 0.9];
    public static readonly int[] TifuNeighbourCounts = [100, 300, 900];
    public static readonly double[] TifuAlphas = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    public static readonly int[] UpCfRecentBaskets = [1, 5, 10, 25, 100, 0];
    public static readonly double[] UpCfAsymmetries = [0, 0.25, 0.5, 0.75, 1];
    public static readonly double[] UpCfLocalities = [1, 5, 10, 50, 100, 1000];

    private readonly int[] _sampleAll = Sample(validation.All.Keys, sampleSize);
    private readonly int[] _sampleNew = Sample(validation.New.Keys, sampleSize);

    private PurchaseHistory History => validation.Train;

    public (TifuKnnSettings All, TifuKnnSettings New) TuneTifuKnn()
    {
        var scores = new Dictionary<TifuKnnSettings, (double All, double New)>();
        var products = History.Products.Count;
        foreach (var m in TifuGroupSizes)
        foreach (var rb in TifuWithinDecays)
        foreach (var rg in TifuBetweenDecays)
        {
            var shape = new TifuKnnSettings(m, rb, rg, 0, 0);
            var neighbours = TifuKnnBaseline.Neighbours(History, shape);
            foreach (var customer in _sampleAll.Union(_sampleNew))
            {
                var nearest = neighbours.Nearest(customer, TifuNeighbourCounts.Max());
                foreach (var k in TifuNeighbourCounts)
                foreach (var alpha in TifuAlphas)
                {
                    var s = shape with { Neighbours = k, Alpha = alpha };
                    var dense = TifuKnnBaseline.Scores(neighbours, customer, k, alpha, products, nearest);
                    scores[s] = Add(scores.GetValueOrDefault(s), customer, dense);
                }
            }
        }
        return (Best(scores, v => v.All), Best(scores, v => v.New));
    }

    public (UpCfSettings All, UpCfSettings New) TuneUpCf()
    {
        var scores = new Dictionary<UpCfSettings, (double All, double New)>();
        var method = new UpCfBaseline(History, new UpCfSettings(0, 0.5, 1));
        var recent = UpCfRecentBaskets.ToDictionary(r => r, method.RecentPopularity);
        var dense = new float[History.Products.Count];
        foreach (var customer in _sampleAll.Union(_sampleNew))
        {
            foreach (var alpha in UpCfAsymmetries)
            {
                var similarities = method.Similarities(customer, alpha);
                foreach (var q in UpCfLocalities)
                foreach (var r in UpCfRecentBaskets)
                {
                    Array.Clear(dense);
                    UpCfBaseline.Accumulate(dense, similarities, q, recent[r]);
                    var s = new UpCfSettings(r, alpha, q);
                    scores[s] = Add(scores.GetValueOrDefault(s), customer, dense);
                }
            }
        }
        return (Best(scores, v => v.All), Best(scores, v => v.New));
    }

    private (double All, double New) Add((double All, double New) sum, int customer, float[] dense)
    {
        var popular = Array.Empty<int>();
        if (Array.BinarySearch(_sampleAll, customer) >= 0)
            sum.All += TopNMetrics.Ndcg(ScoredRanking.Top(dense, RecommenderEvaluation.K, null, History, popular), validation.All[customer], RecommenderEvaluation.K);
        if (Array.BinarySearch(_sampleNew, customer) >= 0)
            sum.New += TopNMetrics.Ndcg(ScoredRanking.Top(dense, RecommenderEvaluation.K, History.Shopper(customer)!.Items, History, popular), validation.New[customer], RecommenderEvaluation.K);
        return sum;
    }

    /// <summary>Highest validation NDCG@10; ties go to the first setting in grid order.</summary>
    private static T Best<T>(Dictionary<T, (double All, double New)> scores, Func<(double All, double New), double> pick) where T : notnull
    {
        var best = scores.First();
        foreach (var entry in scores)
        {
            if (pick(entry.Value) > pick(best.Value)) best = entry;
        }
        return best.Key;
    }

    private static int[] Sample(IEnumerable<int> customers, int size)
    {
        var sorted = customers.Order().ToArray();
        var step = Math.Max(1, sorted.Length / (double)size);
        return Enumerable.Range(0, Math.Min(size, sorted.Length)).Select(i => sorted[(int)(i * step)]).Distinct().ToArray();
    }

    public static string Describe(object all, object @new) => string.Create(CultureInfo.InvariantCulture, $"all: {all}; new: {@new}");
}
