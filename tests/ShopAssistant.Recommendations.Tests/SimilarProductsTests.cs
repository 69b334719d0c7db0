using ShopAssistant.Recommendations.Lists;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>"Something like X": X's shelf, ordered by the shoppers who bought both, never X; and the gift filter's exclusions.</summary>
public class SimilarProductsTests
{
    private static readonly ShopRecommender Recommender = TinyShop.Instance.Recommender;

    [Fact]
    public void Similar_products_come_from_the_named_products_shelf_and_never_include_it()
    {
        var list = Recommender.Recommend(new RecommendationRequest(RecommendationKind.Similar, null, "K03", 5));

        Assert.Equal(5, list.Count);
        Assert.DoesNotContain(list, r => r.StockCode == "K03");
        Assert.All(list, r => Assert.Equal("kitchen", r.CategoryId));
        Assert.All(list, r => Assert.Contains("KITCHEN MUG 3", r.ReasonEn));
        Assert.All(list, r => Assert.Contains("相似", r.ReasonZh));
    }

    [Fact]
    public void Similar_products_keep_the_budget_and_exclusions()
    {
        var filter = new RecommendationFilter(null, 60m) { ExcludedStockCodes = ["K01"] };
        var list = Recommender.Recommend(new RecommendationRequest(RecommendationKind.Similar, null, "K03", 10, filter));

        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.True(r.PriceRmb <= 60m));
        Assert.DoesNotContain(list, r => r.StockCode is "K01" or "K03");
    }

    [Fact]
    public void An_unknown_product_has_no_similar_products()
    {
        Assert.Empty(Recommender.Recommend(new RecommendationRequest(RecommendationKind.Similar, null, "NOPE", 5)));
    }

    [Fact]
    public void The_filter_leaves_out_shelves_words_and_stock_codes_and_may_allow_several_shelves()
    {
        var catalogue = TinyShop.Instance.Catalogue;
        var mug = catalogue.Find("K02")!;
        var bauble = catalogue.Find("X12")!;

        Assert.False(new RecommendationFilter { ExcludedCategoryIds = ["kitchen"] }.Accepts(mug));
        Assert.False(new RecommendationFilter { ExcludedWords = ["MUG"] }.Accepts(mug));
        Assert.True(new RecommendationFilter { ExcludedWords = ["MUG"] }.Accepts(bauble));
        Assert.False(new RecommendationFilter { ExcludedStockCodes = ["K02"] }.Accepts(mug));
        Assert.True(new RecommendationFilter { CategoryIds = ["kitchen", "christmas"] }.Accepts(bauble));
        Assert.False(new RecommendationFilter { CategoryIds = ["kitchen"] }.Accepts(bauble));
        Assert.True(new RecommendationFilter { NameWords = ["BAUBLE"] }.Accepts(bauble));
        Assert.False(new RecommendationFilter { NameWords = ["BAUBLE"] }.Accepts(mug));
    }

    [Fact]
    public void Popular_lists_honour_the_exclusions_too()
    {
        var filter = new RecommendationFilter { ExcludedCategoryIds = ["christmas"] };
        var list = Recommender.Recommend(new RecommendationRequest(RecommendationKind.Popular, null, null, 10, filter));
        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.Equal("kitchen", r.CategoryId));
    }
}
