using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.Evaluation;
using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>
/// TIFU-KNN, UP-CF@r and the repeat/explore split on a hand-made history where the right answers can be worked
/// out on paper. A: [X] day 1, [Y] day 10, [X, Z] day 20; B: [X, Z, W] day 5, [W] day 25; C: [Y, V] day 7.
/// Indices follow first sale: X = 0, Z = 1, W = 2, Y = 3, V = 4.
/// </summary>
public class NextBasketBaselineTests
{
    private const int A = 1, B = 2, C = 3;
    private const int X = 0, Z = 1, W = 2, Y = 3, V = 4;
    private static readonly DateTime Cutoff = new(2011, 2, 1);

    private static readonly PurchaseLine[] Lines =
    [
        Line(1, A, "X", 1),
        Line(4, B, "X", 5), Line(4, B, "Z", 5), Line(4, B, "W", 5),
        Line(6, C, "Y", 7), Line(6, C, "V", 7),
        Line(2, A, "Y", 10),
        Line(3, A, "X", 20), Line(3, A, "Z", 20),
        Line(5, B, "W", 25),
        // After the cut-off: A re-buys X and tries W for the first time.
        Line(7, A, "X", 35), Line(7, A, "W", 35),
    ];

    private static PurchaseLine Line(int order, int customer, string code, int day) =>
        new(order, customer, code, 1, 10m, new DateTime(2011, 1, 1).AddDays(day));

    private static PurchaseHistory Train => PurchaseHistory.Build(Lines, Cutoff);

    [Fact]
    public void Decayed_vector_weighs_baskets_within_and_groups_between()
    {
        // m = 2 counted back from the latest: groups [X] and [Y], [X, Z]. Older group × 0.5, averaged over 2 groups;
        // inside the newer one [Y] × 0.5, averaged over 2 baskets. X = 0.25 + 0.25, Y = 0.125, Z = 0.25.
        var vector = new DecayedBasketVectors(2, 0.5, 0.5).For(Train.Shopper(A)!);
        Assert.Equal(0.5f, vector.WeightOf(X), 5);
        Assert.Equal(0.125f, vector.WeightOf(Y), 5);
        Assert.Equal(0.25f, vector.WeightOf(Z), 5);
        Assert.Equal(0f, vector.WeightOf(W));
    }

    [Fact]
    public void Tifu_knn_ranks_own_products_by_the_repeat_vector_and_new_ones_by_the_nearest_shopper()
    {
        var ownOnly = new TifuKnnBaseline(Train, new TifuKnnSettings(2, 0.5, 0.5, 1, 1.0), new TifuKnnSettings(2, 0.5, 0.5, 1, 0.0));
        // X 0.5 > Z 0.25 > Y 0.125, then the most popular of the rest (W and V have one buyer each: index order).
        Assert.Equal([X, Z, Y, W, V], ownOnly.Rank(A, 5, newOnly: false));
        // B (X .25, Z .25, W .75) is nearer to A than C (Y 1, V 1): W first, then popularity.
        Assert.Equal([W, V], ownOnly.Rank(A, 5, newOnly: true));
    }

    [Fact]
    public void Up_cf_similarity_is_the_asymmetric_cosine_and_includes_the_shopper()
    {
        var upCf = new UpCfBaseline(Train, new UpCfSettings(0, 0.5, 1));
        var toC = (double alpha) => upCf.Similarities(A, alpha).Single(s => s.Slot == 2).Similarity;
        Assert.Equal(1 / 3f, toC(1), 5);                    // |A ∩ C| / |A|
        Assert.Equal(1 / 2f, toC(0), 5);                    // |A ∩ C| / |C|
        Assert.Equal(1f, upCf.Similarities(A, 0.5).Single(s => s.Slot == 0).Similarity, 5);
    }

    [Fact]
    public void Up_cf_with_high_locality_is_the_shoppers_own_recent_baskets()
    {
        // q = 1000 leaves only A itself; r = 1: only the last basket [X, Z] counts, then popularity.
        var lastBasket = new UpCfBaseline(Train, new UpCfSettings(1, 0.5, 1000));
        Assert.Equal([X, Z, Y, W, V], lastBasket.Rank(A, 5, newOnly: false));
        // For new products the neighbours carry it: B (sim 2/3) bought W in both baskets, C (sim 1/√6) bought V.
        var spread = new UpCfBaseline(Train, new UpCfSettings(0, 0.5, 1));
        Assert.Equal([W, V], spread.Rank(A, 5, newOnly: true));
    }

    [Fact]
    public void Repeat_and_explore_score_the_all_list_against_old_and_new_products_separately()
    {
        var split = TemporalSplit.Make(Lines, Cutoff, Cutoff.AddDays(30));
        var report = RecommenderEvaluation.Score(new FixedRanking([X, V, W]), split);

        Assert.Equal(1, report.All.Recall10, 6);
        Assert.Equal(1, report.Repeat.Ndcg10, 6);               // X, re-bought, ranked first
        Assert.Equal(1 / Math.Log2(4), report.Explore.Ndcg10, 6); // W, new to A, ranked third
        Assert.Equal(1, report.Repeat.Shoppers);
        Assert.Equal(1, report.Explore.Shoppers);
    }

    private sealed class FixedRanking(int[] order) : IRankingMethod
    {
        public string Name => "fixed";
        public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly) => order;
    }
}
