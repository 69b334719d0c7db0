using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.Evaluation;
using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>
/// A hand-made history: A bought X twice and Y; B bought Y and Z; C bought Z (recently); D bought X and Z.
/// Products are indexed in order of first sale: X = 0, Y = 1, Z = 2.
/// </summary>
public class BaselineTests
{
    private static readonly DateTime Cutoff = new(2011, 6, 1);
    private const int A = 1, B = 2, C = 3, D = 4;

    private static readonly PurchaseLine[] Lines =
    [
        Line(1, A, "X", 1), Line(1, A, "Y", 1), Line(2, B, "Y", 2), Line(2, B, "Z", 2),
        Line(3, A, "X", 3), Line(4, D, "X", 4), Line(4, D, "Z", 4), Line(5, C, "Z", 140),
        Line(6, A, "Z", 160), Line(7, B, "X", 170),
    ];

    private static PurchaseLine Line(int order, int customer, string code, int day) =>
        new(order, customer, code, 1, 10m, new DateTime(2011, 1, 1).AddDays(day));

    private static PurchaseHistory Train => PurchaseHistory.Build(Lines, Cutoff);

    [Fact]
    public void History_counts_lines_orders_and_buyers_before_the_cutoff_only()
    {
        var history = Train;
        Assert.Equal(3, history.Products.Count);
        Assert.Equal(2, history.Shopper(A)!.Items[0].Lines);
        Assert.Equal(2, history.Shopper(A)!.Items[0].Orders);
        Assert.Equal([2, 2, 3], history.Products.Select(p => p.Buyers));
        Assert.False(history.Shopper(A)!.Items.ContainsKey(2)); // A's Z comes after the cutoff
    }

    [Fact]
    public void Most_popular_ranks_by_distinct_buyers()
    {
        Assert.Equal([2, 0, 1], PopularityBaseline.MostPopular(Train).Rank(A, 10, newOnly: false));
        Assert.Equal([2], PopularityBaseline.MostPopular(Train).Rank(A, 10, newOnly: true));
    }

    [Fact]
    public void Recent_popular_ranks_by_last_month_buyers()
    {
        // Only C bought in the month before the cutoff (Z, day 140 = May 21).
        Assert.Equal(2, PopularityBaseline.RecentPopular(Train).Rank(B, 1, newOnly: false)[0]);
    }

    [Fact]
    public void Own_history_ranks_by_line_count_then_popularity_then_fills_with_popular()
    {
        Assert.Equal([0, 1, 2], new OwnHistoryBaseline(Train).Rank(A, 10, newOnly: false));
    }

    [Fact]
    public void Item_knn_sums_cosine_with_the_shoppers_products_without_self_similarity()
    {
        // C owns Z: cos(Z, X) = cos(Z, Y) = 1 / sqrt(3 · 2) (one shared buyer each): a tie, broken by popularity, then index.
        var knn = new ItemKnnBaseline(Train);
        Assert.Equal([0, 1], knn.Rank(C, 10, newOnly: true));
        // A owns X and Y: Z scores cos(Z,X) + cos(Z,Y) = 2/sqrt(6); X scores only cos(X,Y) = 1/2.
        Assert.Equal(2, knn.Rank(A, 10, newOnly: false)[0]);
    }

    [Fact]
    public void Temporal_split_keeps_training_shoppers_and_known_products()
    {
        var lines = Lines.Append(Line(8, 99, "X", 165)).Append(Line(9, C, "NEW", 165)).ToList();
        var split = TemporalSplit.Make(lines, Cutoff, Cutoff.AddDays(40));

        Assert.Equal([A, B], split.All.Keys.Order());          // 99 has no history; C bought only an unknown product
        Assert.Equal([2], split.All[A]);
        Assert.Equal([A, B], split.New.Keys.Order());          // neither had bought their test product before
        Assert.Equal([0], split.New[B]);
    }
}
