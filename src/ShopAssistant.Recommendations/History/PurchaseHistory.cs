using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Recommendations.History;

/// <summary>
/// The order history as the recommender sees it at one moment (<see cref="AsOf"/>, exclusive): products as dense
/// indices, each shopper's purchases per product, and each product's sales. Everything the lists, the features
/// and the baselines read comes from here, so a temporal split is just two histories with different cut-offs.
/// </summary>
public sealed class PurchaseHistory
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<int, ShopperProfile> _shoppers;

    private PurchaseHistory(DateTime asOf, List<ProductStats> products, Dictionary<string, int> index, Dictionary<int, ShopperProfile> shoppers)
    {
        AsOf = asOf;
        Products = products;
        _index = index;
        _shoppers = shoppers;
    }

    public DateTime AsOf { get; }
    public IReadOnlyList<ProductStats> Products { get; }
    public IReadOnlyCollection<ShopperProfile> Shoppers => _shoppers.Values;

    /// <summary>Start of "last month": the recent-popularity window (a calendar month before the cut-off).</summary>
    public DateTime LastMonthStart => AsOf.AddMonths(-1);

    public int? IndexOf(string stockCode) => _index.TryGetValue(stockCode, out var i) ? i : null;

    public ShopperProfile? Shopper(int customerId) => _shoppers.GetValueOrDefault(customerId);

    /// <summary>
    /// Lines placed before <paramref name="asOf"/> (the input must be oldest first, as DemoShopData.History is).
    /// <paramref name="categoryOf"/> names a product's shelf; unknown products go to "home".
    /// </summary>
    public static PurchaseHistory Build(IEnumerable<PurchaseLine> lines, DateTime asOf, Func<string, string?>? categoryOf = null)
    {
        var products = new List<ProductStats>();
        // Ordinal: the source has codes that differ only in case (15056bl, 15056BL) and are different products.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var shoppers = new Dictionary<int, ShopperProfile>();
        var priceSums = new List<decimal>();
        var lastMonth = asOf.AddMonths(-1);
        var monthBefore = asOf.AddMonths(-2);
        var last90 = asOf.AddDays(-90);
        var boughtMonthBefore = new HashSet<long>();

        foreach (var line in lines)
        {
            if (line.PlacedAt >= asOf) continue;
            if (!index.TryGetValue(line.StockCode, out var item))
            {
                item = products.Count;
                index[line.StockCode] = item;
                products.Add(new ProductStats(line.StockCode, categoryOf?.Invoke(line.StockCode) ?? "home"));
                priceSums.Add(0);
            }
            var product = products[item];
            product.Lines++;
            priceSums[item] += line.UnitPriceRmb;
            if (line.PlacedAt < product.FirstSold) product.FirstSold = line.PlacedAt;
            if (line.PlacedAt > product.LastSold) product.LastSold = line.PlacedAt;

            if (!shoppers.TryGetValue(line.CustomerId, out var shopper))
                shoppers[line.CustomerId] = shopper = new ShopperProfile(line.CustomerId);
            if (shopper.LastOrderNo != line.OrderNo)
            {
                shopper.LastOrderNo = line.OrderNo;
                shopper.Orders++;
                if (line.PlacedAt >= last90) shopper.OrdersLast90Days++;
                shopper.Baskets.Add(new Basket(line.PlacedAt));
            }
            var basket = shopper.Baskets[^1];
            if (!basket.Items.Contains(item)) basket.Items.Add(item);
            shopper.Lines++;
            shopper.SpentRmb += line.UnitPriceRmb;
            if (line.PlacedAt < shopper.First) shopper.First = line.PlacedAt;
            if (line.PlacedAt > shopper.Last) shopper.Last = line.PlacedAt;
            shopper.LinesByCategory[product.CategoryId] = shopper.LinesByCategory.GetValueOrDefault(product.CategoryId) + 1;

            if (!shopper.Items.TryGetValue(item, out var own))
            {
                shopper.Items[item] = own = new OwnPurchase();
                product.Buyers++;
            }
            own.Lines++;
            own.Quantity += line.Quantity;
            if (own.LastOrderNo != line.OrderNo)
            {
                if (own.LastOrderNo >= 0)
                {
                    product.RebuyGapDays += (line.PlacedAt - own.Last).TotalDays;
                    product.RebuyGaps++;
                }
                own.LastOrderNo = line.OrderNo;
                own.Orders++;
                if (own.Orders == 2) product.RepeatBuyers++;
            }
            if (line.PlacedAt >= last90) own.LinesLast90Days++;
            if (line.PlacedAt < own.First) own.First = line.PlacedAt;
            // Last month's buyers are counted from each pair's last purchase below; the month before needs a set.
            if (line.PlacedAt > own.Last) own.Last = line.PlacedAt;
            if (line.PlacedAt >= monthBefore && line.PlacedAt < lastMonth) boughtMonthBefore.Add(Pair(line.CustomerId, item));
        }

        foreach (var shopper in shoppers.Values)
        {
            foreach (var (item, own) in shopper.Items)
            {
                if (own.Last >= lastMonth) products[item].BuyersLastMonth++;
                if (own.Last >= asOf.AddDays(-14)) products[item].BuyersLast14Days++;
            }
        }
        foreach (var pair in boughtMonthBefore) products[(int)(pair & 0xFFFFFFFF)].BuyersMonthBefore++;
        for (var i = 0; i < products.Count; i++) products[i].MeanPriceRmb = priceSums[i] / products[i].Lines;

        return new PurchaseHistory(asOf, products, index, shoppers);
    }

    private static long Pair(int customerId, int item) => ((long)customerId << 32) | (uint)item;
}
