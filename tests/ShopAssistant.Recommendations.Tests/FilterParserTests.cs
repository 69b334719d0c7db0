namespace ShopAssistant.Recommendations.Tests;

public class FilterParserTests
{
    private static RecommendationFilter? Parse(string text) => RecommendationFilterParser.Parse(text, TinyShop.Instance.Catalogue);

    [Theory]
    [InlineData("推荐圣诞礼物", "christmas", null, null)]
    [InlineData("something for the kitchen under ¥50", "kitchen", 50.0, null)]
    [InlineData("100元以内的杯子", "kitchen", 100.0, null)]
    [InlineData("cheap gifts below 30 rmb", null, 30.0, null)]
    [InlineData("Christmas decorations between 20 and 60 yuan", "christmas", 60.0, 20.0)]
    [InlineData("有没有50元以上的马克杯 mugs", "kitchen", null, 50.0)]
    [InlineData("包装纸", "stationery", null, null)]
    [InlineData("xmas stuff, budget 80", "christmas", 80.0, null)]
    [InlineData("不超过 40 块的包", "bags", 40.0, null)]
    [InlineData("一百元以内的杯子", "kitchen", 100.0, null)]
    [InlineData("两百左右的圣诞装饰", "christmas", 240.0, 160.0)]
    [InlineData("50–100", null, 100.0, 50.0)]
    [InlineData("mugs 50-100", "kitchen", 100.0, 50.0)]
    [InlineData("a mug under a hundred", "kitchen", 100.0, null)]
    [InlineData("something christmassy about ¥200", null, 240.0, 160.0)]
    [InlineData("五十到一百块的包", "bags", 100.0, 50.0)]
    [InlineData("预算一百五", null, 150.0, null)]
    [InlineData("christmas gifts for fifty to eighty yuan", "christmas", 80.0, 50.0)]
    [InlineData("¥30-¥60 range, something nice", null, 60.0, 30.0)]
    [InlineData("送老师的 别超过100", null, 100.0, null)]
    [InlineData("not more than 80 yuan", null, 80.0, null)]
    [InlineData("部门交换礼物，规定不能超过一百元", null, 100.0, null)]
    [InlineData("eighty kuai tops", null, 80.0, null)]
    [InlineData("手头就一百出头", null, 120.0, 100.0)]
    [InlineData("百来块的礼物", null, 120.0, 80.0)]
    [InlineData("stocking fillers, nothing over 15 yuan each", null, 15.0, null)]
    [InlineData("nothing more than 40 yuan", null, 40.0, null)]
    [InlineData("公司抽签送礼 限价三十", null, 30.0, null)]
    [InlineData("pooling for a present ~200 kuai", null, 240.0, 160.0)]
    [InlineData("十几块钱的小玩意儿", null, 20.0, 10.0)]
    [InlineData("二十几块的", null, 30.0, 20.0)]
    [InlineData("送同事 五六十块的样子", null, 70.0, 50.0)]
    [InlineData("budget 一两百 送领导", null, 200.0, 100.0)]
    public void Reads_shelf_and_budget(string text, string? category, double? max, double? min)
    {
        var filter = Parse(text);
        Assert.NotNull(filter);
        Assert.Equal(category, filter.CategoryId);
        Assert.Equal(max is null ? null : (decimal)max, filter.MaxPriceRmb);
        Assert.Equal(min is null ? null : (decimal)min, filter.MinPriceRmb);
    }

    [Fact]
    public void Cheap_without_a_number_means_the_cheapest_quarter()
    {
        var filter = Parse("便宜一点的");
        Assert.NotNull(filter?.MaxPriceRmb);
        Assert.True(filter.MaxPriceRmb < TinyShop.Instance.Catalogue.Products.Max(p => p.PriceRmb));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("any ideas?")]
    [InlineData("推荐点什么")]
    public void Nothing_to_filter_gives_null(string? text) => Assert.Null(Parse(text!));

    [Fact]
    public void Whole_english_words_only()
    {
        // "cupboard" is not "cup", "bagel" is not "bag".
        Assert.Null(Parse("a cupboard and a bagel")?.CategoryId);
    }

    /// <summary>A budget stated as one, not a price, a year's spend or a number of days met in passing.</summary>
    [Theory]
    [InlineData("budget's 150 rmb and not a penny more", true)]
    [InlineData("不超过八十块 越精致越好", true)]
    [InlineData("somewhere between 200 and 400 rmb", true)]
    [InlineData("百来块", true)]
    [InlineData("a ¥150 order, is postage free?", false)]
    [InlineData("降价超过十五天了会怎样", false)]
    [InlineData("I'll be paying around 7pm tonight", false)]
    public void Tells_a_stated_budget_from_a_price_in_passing(string text, bool stated) =>
        Assert.Equal(stated, RecommendationFilterParser.StatesABudget(text));
}
