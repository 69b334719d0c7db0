using System.Globalization;
using System.IO.Compression;
using System.Text;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Recommendations;

/// <summary>
/// What the train and eval verbs need from data/: the purchase lines and each product's shelf. Read here rather
/// than through DemoShopData.Load because that currently throws on the shipped catalogue (stock codes that differ
/// only in case, e.g. 15056bl / 15056BL, collide in Catalogue's case-insensitive index) and because the verbs
/// need none of the customers, orders or shipments it builds.
/// </summary>
internal sealed record ShopDataFiles(IReadOnlyList<PurchaseLine> History, IReadOnlyDictionary<string, string> CategoryByCode)
{
    public Func<string, string?> CategoryOf => code => CategoryByCode.GetValueOrDefault(code);

    public static ShopDataFiles Read(string directory)
    {
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows(Path.Combine(directory, "catalogue.tsv.gz"))) categories[f[0]] = f[3];
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var history = new List<PurchaseLine>(400_000);
        foreach (var f in Rows(Path.Combine(directory, "order-lines.tsv.gz")))
        {
            var code = codes.TryGetValue(f[2], out var known) ? known : codes[f[2]] = f[2];
            history.Add(new PurchaseLine(Int(f[0]), Int(f[1]), code, Int(f[3]),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                DateTime.ParseExact(f[5], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        }
        return new ShopDataFiles(history, categories);
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line.Split('\t');
        }
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
