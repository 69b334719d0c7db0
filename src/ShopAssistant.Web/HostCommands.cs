using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web;

/// <summary>
/// The host's verbs (DESIGN contract 6). `serve` is the default; the others run and exit.
/// Later capabilities add theirs here: ingest, train, eval, simulate.
/// </summary>
public static class HostCommands
{
    public static readonly IReadOnlyList<string> Verbs = ["serve", "import-data"];

    /// <summary>Returns an exit code, or null when the host should serve.</summary>
    public static int? Run(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        switch (verb)
        {
            case "serve":
                return null;
            case "import-data":
                return ImportData(args);
            default:
                Console.Error.WriteLine($"Unknown command '{verb}'. Commands: {string.Join(", ", Verbs)}.");
                return 2;
        }
    }

    private static int ImportData(string[] args)
    {
        var from = Option(args, "--from") ?? "../shared/datasets/online_retail_uci";
        var to = Option(args, "--to") ?? "data";
        var summary = DemoShopImporter.Import(Path.Combine(from, "online_retail.csv"), to);
        Console.WriteLine($"Imported {summary.Products} products, {summary.Customers} customers, {summary.Orders} orders, {summary.Lines} lines into {Path.GetFullPath(to)}.");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
