using ShopAssistant.Assistant;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Knowledge;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;
using ShopAssistant.Web.Privacy;

namespace ShopAssistant.Web;

/// <summary>
/// The host's verbs (DESIGN contract 6): `serve` is the default; the others run and exit. Each capability owns
/// its command; this class only reads the configuration the same way the server does and dispatches.
/// </summary>
public static class HostCommands
{
    public static readonly IReadOnlyList<string> Verbs =
        ["serve", "simulate", "ingest", "train", "eval intents", "eval retrieval", "eval recommender", "eval handoffs", "eval outage", "eval conversations", "import-data", "shopper export", "shopper erase", "token"];

    /// <summary>`simulate` runs inside the built host (the real bot, stores and clock), then exits.</summary>
    public static bool IsSimulation(string[] args) => args.FirstOrDefault() == "simulate";

    /// <summary>`eval conversations` also runs inside the built host (the real bot end to end), on a throw-away data folder.</summary>
    public static bool IsConversationEvaluation(string[] args) => args is ["eval", "conversations", ..];

    /// <summary>Keeps an evaluation's conversations out of the shop's database and dashboard, and its log quiet.</summary>
    public static void UseThrowAwayData(WebApplicationBuilder builder)
    {
        builder.Configuration["ShopAssistant:Storage:DataFolder"] = Path.Combine(Path.GetTempPath(), "shopassistant-eval-" + Guid.NewGuid().ToString("N"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    /// <summary>Returns an exit code, or null when the host should be built (to serve or to simulate).</summary>
    public static async Task<int?> RunAsync(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        if (verb is "serve" or "simulate" || IsConversationEvaluation(args)) return null;
        var configuration = Configuration(args);
        var output = Console.Out;
        var rest = args.Skip(1).ToArray();
        return verb switch
        {
            "ingest" => await KnowledgeCommands.IngestAsync(rest, output, KnowledgeOptions.From(configuration)),
            "train" => await TrainAsync(rest, output, configuration),
            "eval" => rest.FirstOrDefault() switch
            {
                "intents" => await UnderstandingCommands.EvalIntentsAsync(rest[1..], output, configuration),
                "retrieval" => await KnowledgeCommands.EvalRetrievalAsync(rest[1..], output, KnowledgeOptions.From(configuration)),
                "recommender" => await RecommenderCommands.EvalAsync(rest[1..], output),
                "handoffs" => await AssistantCommands.EvalHandoffsAsync(rest[1..], output),
                "outage" => await ShopAssistant.Assistant.Evaluation.ModelOutageBench.RunAsync(rest[1..], output),
                _ => Usage($"Unknown evaluation '{rest.FirstOrDefault()}'."),
            },
            "import-data" => ImportData(args),
            "shopper" => await ShopperCommands.RunAsync(rest, output, configuration),
            "token" => ShopperTokenCommand.Run(rest, configuration, output, Console.Error),
            _ => Usage($"Unknown command '{verb}'."),
        };
    }

    /// <summary>Trains what learns from data: the intent model and the recommender.</summary>
    private static async Task<int> TrainAsync(string[] args, TextWriter output, IConfiguration configuration)
    {
        var understanding = await UnderstandingCommands.TrainAsync(args, output, configuration);
        if (understanding != 0) return understanding;
        var modelDirectory = configuration[$"{RecommenderOptions.Section}:{nameof(RecommenderOptions.ModelDirectory)}"] ?? RecommenderOptions.DefaultModelDirectory;
        return await RecommenderCommands.TrainAsync(["--model-dir", modelDirectory, .. args], output);
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"{problem} Commands: {string.Join(", ", Verbs)}.");
        return 2;
    }

    /// <summary>appsettings.json beside the program, environment variables (ShopAssistant__…), then --Key value arguments.</summary>
    private static IConfiguration Configuration(string[] args)
    {
        // Only "--Section:Key value" pairs are configuration; other flags belong to the verb.
        var pairs = new List<string>();
        for (var i = 0; i + 1 < args.Length; i++)
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains(':')) pairs.AddRange([args[i], args[i + 1]]);
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(pairs.ToArray())
            .Build();
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
