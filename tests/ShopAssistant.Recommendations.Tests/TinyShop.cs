using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>
/// A small synthetic shop (20 products on two shelves, 40 shoppers, 120 days) with a tiny trained ranker,
/// built once for all tests: kitchen shoppers buy mugs and plates, Christmas shoppers buy decorations, and
/// most of them reorder their favourites.
/// </summary>
public sealed class TinyShop
{
    public static readonly DateTime Start = new(2011, 1, 1);
    public static readonly DateTime End = Start.AddDays(120);
    public static readonly TinyShop Instance = new();

    public Catalogue Catalogue { get; }
    public List<PurchaseLine> Lines { get; }
    public RankerModels Models { get; }
    public ShopperRanker Ranker { get; }
    public ShopRecommender Recommender { get; }

    private TinyShop()
    {
        var categories = new List<Category>
        {
            new("christmas", "圣诞装饰", "Christmas", ["CHRISTMAS"], ["圣诞", "圣诞节", "christmas", "xmas"]),
            new("kitchen", "厨房餐具", "Kitchen & dining", ["MUG"], ["厨房", "餐具", "杯子", "kitchen", "mug", "cup"]),
            new("stationery", "文具礼品包装", "Stationery & gift wrap", ["CARD"], ["文具", "包装纸", "card", "wrap"]),
            new("bags", "包袋收纳", "Bags & storage", ["BAG"], ["包", "bag"]),
            new("home", "家居装饰", "Home décor", [], ["家居", "home"]),
        };
        var products = Enumerable.Range(0, 20).Select(i => i < 10
            ? new Product($"K{i:00}", $"KITCHEN MUG {i}", 10m + i * 10, "kitchen", 0)
            : new Product($"X{i:00}", $"CHRISTMAS BAUBLE {i}", 5m + (i - 10) * 5, "christmas", 0));
        Catalogue = new Catalogue(products, categories);
        Lines = Generate();
        Models = RankerTrainer.Train(Lines, End, code => Catalogue.Find(code)?.CategoryId, Training);
        Ranker = new ShopperRanker(PurchaseSignals.From(PurchaseHistory.Build(Lines, End, code => Catalogue.Find(code)?.CategoryId)), Models);
        Recommender = new ShopRecommender(Catalogue, Ranker);
    }

    public static readonly RankerTrainingOptions Training = new()
    {
        LabelWindowDays = 20, Splits = 2, Iterations = 20, Leaves = 4, MinExamplesPerLeaf = 2, LearningRate = 0.2,
    };

    private static List<PurchaseLine> Generate()
    {
        var random = new Random(7);
        var lines = new List<PurchaseLine>();
        var order = 100000;
        for (var day = 0; day < 120; day++)
        {
            for (var customer = 1; customer <= 40; customer++)
            {
                if (random.NextDouble() > 0.12) continue;
                var shelf = customer % 2 == 0 ? 0 : 10;
                var favourite = shelf + customer % 5;
                var items = new HashSet<int> { favourite, shelf + random.Next(10) };
                if (random.NextDouble() < 0.3) items.Add(random.Next(20));
                foreach (var item in items)
                {
                    var code = item < 10 ? $"K{item:00}" : $"X{item:00}";
                    lines.Add(new PurchaseLine(order, 10000 + customer, code, 1 + random.Next(6), 10m, Start.AddDays(day).AddHours(9 + customer % 8)));
                }
                order++;
            }
        }
        return lines.OrderBy(l => l.PlacedAt).ThenBy(l => l.OrderNo).ToList();
    }
}
