using System.Globalization;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Customers;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>
/// Turns the raw UCI "Online Retail" log into the demo shop's files in data/ (see data/README.md for the rules).
/// Run once by a developer (`import-data --from DIR`); the product only ever reads the processed files.
/// </summary>
public static class DemoShopImporter
{
    // Postage, discounts, fees and manual adjustments in the source log: not things a shopper can buy.
    private static readonly HashSet<string> NonProductCodes = new(StringComparer.Ordinal)
    {
        "POST", "D", "M", "m", "BANK CHARGES", "AMAZONFEE", "DOT", "CRUK", "C2", "PADS", "S", "B",
    };

    public sealed record Summary(int Products, int Customers, int Orders, int Lines);

    private sealed class ProductStats
    {
        public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
        public readonly List<decimal> Prices = [];
        public readonly HashSet<int> Buyers = [];
    }

    public static Summary Import(string sourceCsv, string dataDirectory)
    {
        var rule = new CategoryRule(CategoryFile.Load(Path.Combine(dataDirectory, ShopFiles.Categories)));
        var products = new SortedDictionary<string, ProductStats>(StringComparer.Ordinal);
        var countries = new SortedDictionary<int, string>();
        var lines = new List<string>();
        var orders = new HashSet<string>();

        foreach (var raw in File.ReadLines(sourceCsv).Skip(1))
        {
            var f = Csv.SplitLine(raw);
            if (f.Count < 8) continue;
            var (invoice, code, name) = (f[0], f[1].Trim(), f[2].Trim());
            if (invoice.StartsWith('C') || NonProductCodes.Contains(code) || code.StartsWith("gift_", StringComparison.Ordinal)) continue;
            // A few codes appear in both cases (15056bl, 15056BL): one product.
            code = code.ToUpperInvariant();
            if (!int.TryParse(f[3], CultureInfo.InvariantCulture, out var quantity) || quantity <= 0) continue;
            if (!decimal.TryParse(f[5], CultureInfo.InvariantCulture, out var gbp) || gbp <= 0) continue;

            var stats = products.TryGetValue(code, out var s) ? s : products[code] = new ProductStats();
            if (name.Length > 0) stats.Names[name] = stats.Names.GetValueOrDefault(name) + 1;
            stats.Prices.Add(gbp);

            if (!double.TryParse(f[6], CultureInfo.InvariantCulture, out var customer)) continue;
            var customerId = (int)customer;
            stats.Buyers.Add(customerId);
            countries.TryAdd(customerId, f[7].Trim());
            orders.Add(invoice);
            var placed = DateTime.ParseExact(f[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            lines.Add(string.Join('\t', invoice, customerId, code, quantity, Format(Price.FromSourceGbp(gbp)), placed.ToString(DemoShopData.DateFormat, CultureInfo.InvariantCulture)));
        }

        ShopFiles.Write(Path.Combine(dataDirectory, ShopFiles.OrderLines), "OrderNo\tCustomerId\tStockCode\tQuantity\tUnitPriceRmb\tPlacedAt", lines);
        ShopFiles.Write(Path.Combine(dataDirectory, ShopFiles.Catalogue), "StockCode\tName\tPriceRmb\tCategory\tBuyers",
            products.Select(p =>
            {
                var name = p.Value.Names.Count == 0 ? p.Key : p.Value.Names.MaxBy(n => (n.Value, n.Key)).Key;
                return string.Join('\t', p.Key, name, Format(Price.FromSourceGbp(Median(p.Value.Prices))), rule.Assign(name).Id, p.Value.Buyers.Count);
            }));
        ShopFiles.Write(Path.Combine(dataDirectory, ShopFiles.Customers), "CustomerId\tCountry\tProvince\tPhone",
            countries.Select(c => string.Join('\t', c.Key, c.Value, SyntheticProvince(c.Key).NameZh, SyntheticPhone(c.Key))));
        return new Summary(products.Count, countries.Count, orders.Count, lines.Count);
    }

    /// <summary>Mainland mobile numbers: 1, then 3/5/7/8/9, then nine digits, all from a stable hash of the id.</summary>
    public static string SyntheticPhone(int customerId)
    {
        var hash = StableHash.Of(customerId.ToString(CultureInfo.InvariantCulture), "phone");
        return "1" + "35789"[(int)(hash % 5)] + (hash / 5 % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
    }

    public static Province SyntheticProvince(int customerId) =>
        Province.Mainland[(int)(StableHash.Of(customerId.ToString(CultureInfo.InvariantCulture), "province") % (ulong)Province.Mainland.Count)];

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static string Format(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
