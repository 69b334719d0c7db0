namespace ShopAssistant.Recommendations.Tests;

public class ShopRecommenderTests
{
    private static readonly TinyShop Shop = TinyShop.Instance;
    private const int Known = 10004;

    private static IReadOnlyList<Recommendation> Recommend(RecommendationKind kind, int? customer = Known, string? code = null, int k = 5, RecommendationFilter? filter = null) =>
        Shop.Recommender.Recommend(new RecommendationRequest(kind, customer, code, k, filter));

    private static HashSet<string> Bought(int customer) =>
        Shop.Lines.Where(l => l.CustomerId == customer).Select(l => l.StockCode).ToHashSet();

    [Fact]
    public void Buy_again_lists_only_products_the_shopper_bought()
    {
        var list = Recommend(RecommendationKind.BuyAgain);
        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.Contains(r.StockCode, Bought(Known)));
        Assert.All(list, r => Assert.Contains("次", r.ReasonZh));
    }

    [Fact]
    public void Discover_lists_only_products_the_shopper_never_bought()
    {
        var list = Recommend(RecommendationKind.Discover, k: 20);
        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.DoesNotContain(r.StockCode, Bought(Known)));
    }

    [Fact]
    public void Every_item_has_a_reason_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<RecommendationKind>())
        {
            foreach (var r in Recommend(kind, code: "K01"))
            {
                Assert.Contains(r.ReasonZh, c => c >= 0x4E00 && c <= 0x9FFF);
                Assert.Matches("^[ -~]+$", r.ReasonEn);
            }
        }
    }

    [Fact]
    public void Bought_together_names_the_product_and_excludes_it()
    {
        var list = Recommend(RecommendationKind.BoughtTogether, customer: null, code: "K01");
        Assert.NotEmpty(list);
        Assert.DoesNotContain(list, r => r.StockCode == "K01");
        Assert.All(list, r => Assert.Contains("KITCHEN MUG 1", r.ReasonEn));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(3, 3)]
    [InlineData(10_000, 20)] // clamped to 50, and the tiny shop has 20 products
    public void K_is_clamped(int k, int expected) =>
        Assert.Equal(expected, Recommend(RecommendationKind.Popular, customer: null, k: k).Count);

    [Fact]
    public void Unknown_shopper_gets_the_popular_list()
    {
        var list = Recommend(RecommendationKind.Discover, customer: 123);
        Assert.Equal(5, list.Count);
        Assert.All(list, r => Assert.StartsWith("近期热卖", r.ReasonZh));
        Assert.Equal(5, Recommend(RecommendationKind.BuyAgain, customer: null).Count);
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_stock_code_gets_an_empty_list(string? code) =>
        Assert.Empty(Recommend(RecommendationKind.BoughtTogether, code: code));

    [Fact]
    public void Filters_apply_before_the_cut_to_k()
    {
        var filter = new RecommendationFilter("christmas", MaxPriceRmb: 30m);
        var list = Recommend(RecommendationKind.Discover, customer: Known, k: 3, filter: filter);
        Assert.Equal(3, list.Count);
        Assert.All(list, r => Assert.True(r.CategoryId == "christmas" && r.PriceRmb <= 30m));
    }
}
