using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Domain.Tests;

public sealed class CatalogueRuleTests
{
    private static readonly CategoryRule Rule = new(CategoryFile.Load(Path.Combine(DemoShopData.DefaultDirectory, "categories.json")));

    [Theory]
    [InlineData("WHITE HANGING HEART T-LIGHT HOLDER", "lights")]
    [InlineData("JUMBO BAG RED RETROSPOT", "bags")]
    [InlineData("REGENCY CAKESTAND 3 TIER", "kitchen")]
    [InlineData("PARTY BUNTING", "party")]
    [InlineData("CHRISTMAS CANDLE HOLDER", "christmas")] // first matching category wins
    [InlineData("HEARTS WRAPPING TAPE", "stationery")]
    [InlineData("SPACEBOY LUNCH BOX", "bags")]
    [InlineData("INFLATABLE POLITICAL GLOBE", "home")]   // no keyword: the last category
    public void A_product_goes_to_the_first_category_with_a_whole_word_keyword(string name, string expected) =>
        Assert.Equal(expected, Rule.Assign(name).Id);

    [Fact]
    public void Keywords_match_whole_words_only()
    {
        // "BAGUETTE" contains "BAG" but is not a bag.
        Assert.NotEqual("bags", Rule.Assign("BAGUETTE DISH").Id);
    }

    [Theory]
    [InlineData(2.55, 23.0)]
    [InlineData(0.42, 3.8)]
    [InlineData(12.75, 114.8)]
    public void Prices_are_the_source_price_times_nine_rounded_to_ten_fen(decimal gbp, decimal rmb) =>
        Assert.Equal(rmb, Price.FromSourceGbp(gbp));

    [Fact]
    public void Every_category_has_names_in_both_languages_and_aliases()
    {
        Assert.Equal(10, Rule.Categories.Count);
        Assert.All(Rule.Categories, c =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c.NameZh);
            Assert.Matches("[A-Za-z]", c.NameEn);
            Assert.NotEmpty(c.Aliases);
        });
    }
}
