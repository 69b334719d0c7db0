using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>
/// "What goes with this?" is read from baskets first. Here mugs (M) and saucers (S) share two orders, while every
/// mug buyer also buys a candle (C), but always in a separate order: by shoppers the candle is M's closest product,
/// by baskets the saucer is.
/// </summary>
public class BoughtTogetherTests
{
    [Fact]
    public void Products_from_the_same_orders_come_before_products_from_the_same_shoppers()
    {
        var day = new DateTime(2011, 3, 1);
        PurchaseLine Line(int order, int customer, string code, int d) => new(order, customer, code, 1, 10m, day.AddDays(d));
        var lines = new List<PurchaseLine>
        {
            Line(1, 1, "M", 0), Line(1, 1, "S", 0), Line(2, 2, "M", 1), Line(2, 2, "S", 1),
            Line(3, 3, "M", 2), Line(4, 4, "M", 3),
            Line(5, 1, "C", 5), Line(6, 2, "C", 6), Line(7, 3, "C", 7), Line(8, 4, "C", 8),
        };
        var catalogue = new Catalogue(
            [new Product("M", "MUG", 10m, "kitchen", 0), new Product("S", "SAUCER", 8m, "kitchen", 0), new Product("C", "CANDLE", 12m, "home", 0)],
            TinyShop.Instance.Catalogue.Categories.ToList());
        var signals = PurchaseSignals.From(PurchaseHistory.Build(lines, day.AddDays(30), code => catalogue.Find(code)?.CategoryId));
        var recommender = new ShopRecommender(catalogue, new ShopperRanker(signals, TinyShop.Instance.Models));

        var list = recommender.Recommend(new RecommendationRequest(RecommendationKind.BoughtTogether, null, "M", 5, null));

        Assert.Equal(["S", "C"], list.Select(r => r.StockCode));
        Assert.All(list, r => Assert.Contains("MUG", r.ReasonEn));
    }
}
