using System.IO.Compression;
using System.Text;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>The processed demo-shop files in data/: gzip-compressed, tab-separated, UTF-8, one header line.</summary>
internal static class ShopFiles
{
    public const string Catalogue = "catalogue.tsv.gz";
    public const string Customers = "customers.tsv.gz";
    public const string OrderLines = "order-lines.tsv.gz";
    public const string Categories = "categories.json";

    public static IEnumerable<string[]> Read(string path) => ReadLines(path).Select(line => line.Split('\t'));

    /// <summary>The non-empty lines after the header.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8, false, 1 << 16);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }

    public static void Write(string path, string header, IEnumerable<string> rows)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (var row in rows) writer.WriteLine(row);
    }
}
