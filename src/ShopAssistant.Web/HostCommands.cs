using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.Extensions.AI;
using ShopAssistant.AI;
using ShopAssistant.Assistant;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Knowledge;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;
using ShopAssistant.Web.Evaluation;
using ShopAssistant.Web.Privacy;
using ShopAssistant.Web.Startup;

namespace ShopAssistant.Web;

/// <summary>
/// The host's verbs: `serve` is the default; the others run and exit. Each capability owns
/// its command; this class only reads the configuration the same way the server does and dispatches.
/// </summary>
public static class HostCommands
{
    /// <summary>`simulate` runs inside the built host (the real bot, stores and clock), then exits.</summary>
    public static bool IsSimulation(string[] args) => args.FirstOrDefault() == "simulate";

    /// <summary>`eval conversations` and `eval gifts` run inside the built host (the real bot end to end), on a throw-away data folder.</summary>
    public static bool IsConversationEvaluation(string[] args) => args is ["eval", "conversations" or "gifts", ..];

    /// <summary>Runs `eval conversations` or `eval gifts` against the built host's services.</summary>
    public static Task<int> EvaluateConversationsAsync(IServiceProvider services, string[] args, TextWriter output) =>
        args[1] == "gifts" ? GiftEvaluation.RunAsync(services, args[2..], output) : ConversationEvaluation.RunAsync(services, args[2..], output);

    /// <summary>Keeps an evaluation's conversations out of the shop's database and dashboard, and its log quiet.</summary>
    public static void UseThrowAwayData(WebApplicationBuilder builder)
    {
        // The models stay where the server keeps them (derived before this), so that an evaluation does not retrain them.
        builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataFolder)}"] = Path.Combine(Path.GetTempPath(), "shopassistant-eval-" + Guid.NewGuid().ToString("N"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    /// <summary>Returns an exit code, or null when the host should be built (to serve or to simulate).</summary>
    public static Task<int?> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <inheritdoc cref="RunAsync(string[])"/>
    public static async Task<int?> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // No verb, only the server's own options (--urls, --environment…): ASP.NET Core reads them, not the grammar.
        if (args.Length == 0 || (args[0].StartsWith('-') && !HelpTokens.Contains(args[0]))) return null;
        var configuration = Configuration(args);
        var buildHost = false;
        var root = VerbGrammar.Build(async (verb, rest) =>
        {
            switch (verb)
            {
                case "serve" or "simulate" or "eval conversations" or "eval gifts":
                    buildHost = true;
                    return 0;
                case "ingest": return await VerbProgress.RunAsync("Ingesting 构建索引", () => WithEmbeddingsAsync(configuration, e => KnowledgeCommands.IngestAsync(rest, output, configuration.BindKnowledgeOptions(), e)));
                case "train": return await VerbProgress.RunAsync("Training 训练中", () => TrainAsync(rest, output, configuration));
                case "prepare": return await VerbProgress.RunAsync("Preparing 准备中", () => PrepareAsync(rest, output, configuration));
                case "eval intents": return await Evaluating(() => UnderstandingCommands.EvalIntentsAsync(rest, output, configuration));
                case "eval retrieval": return await Evaluating(() => WithEmbeddingsAsync(configuration, e => KnowledgeCommands.EvalRetrievalAsync(rest, output, configuration.BindKnowledgeOptions(), e)));
                case "eval recommender": return await Evaluating(() => RecommenderCommands.EvalAsync(rest, output));
                case "eval handoffs": return await Evaluating(() => AssistantCommands.EvalHandoffsAsync(rest, output));
                case "eval outage": return await Evaluating(() => ShopAssistant.Assistant.Evaluation.ModelOutageBench.RunAsync(rest, output));
                case "import-data": return ImportData(rest, output);
                case "shopper export": return await ShopperCommands.RunAsync(["export", .. rest], output, configuration);
                case "shopper erase": return await ShopperCommands.RunAsync(["erase", .. rest], output, configuration);
                case "token": return ShopperTokenCommand.Run(rest, configuration, output, error);
                default: throw new InvalidOperationException($"The grammar has a verb '{verb}' that nothing runs.");
            }
        });
        var parsed = root.Parse(WithoutConfiguration(args));
        // A mistake gets its error and a suggestion ("Did you mean --force?"), not the whole help page.
        if (parsed.Action is ParseErrorAction onError) onError.ShowHelp = false;
        var exit = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync("Add --help for the verbs and their options. 加 --help 查看命令和选项。");
            return 2;
        }
        return buildHost ? null : exit;
    }

    private static Task<int> Evaluating(Func<Task<int>> evaluation) => VerbProgress.RunAsync("Evaluating 评估中", evaluation);

    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?", "--version"];

    /// <summary>The arguments without "--Section:Key value" pairs, which are configuration (read by Configuration) for any verb.</summary>
    private static string[] WithoutConfiguration(string[] args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (IsConfigurationKey(args, i)) i++;
            else kept.Add(args[i]);
        }
        return kept.ToArray();
    }

    private static bool IsConfigurationKey(string[] args, int i) =>
        i + 1 < args.Length && args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains(':');

    /// <summary>Trains what learns from data: the intent model and (unless only the intent model is asked for) the recommender.</summary>
    private static async Task<int> TrainAsync(string[] args, TextWriter output, IConfiguration configuration)
    {
        var understanding = await UnderstandingCommands.TrainAsync(args, output, configuration);
        if (understanding != 0 || args.Contains(PreparedIntentModel.TrainOnlyFlag)) return understanding;
        var recommender = configuration.GetSection(RecommenderOptions.Section).Get<RecommenderOptions>() ?? new RecommenderOptions();
        return await RecommenderCommands.TrainAsync(["--model-dir", recommender.ModelDirectory, .. args], output);
    }

    /// <summary>
    /// The job that builds every artefact an instance loads (ShopAssistant:Models): the knowledge index, then the intent
    /// model and the recommender — each only when the published one is stale, unless --force.
    /// </summary>
    private static async Task<int> PrepareAsync(string[] args, TextWriter output, IConfiguration configuration)
    {
        var ingest = await WithEmbeddingsAsync(configuration, e => KnowledgeCommands.IngestAsync(args, output, configuration.BindKnowledgeOptions(), e));
        return ingest != 0 ? ingest : await TrainAsync(args, output, configuration);
    }

    /// <summary>
    /// Runs a knowledge verb with the embeddings model the server would use (ShopAssistant:Llm:EmbeddingModel, through
    /// the same gate), or null without one, so that `ingest` builds the index the server loads rather than another.
    /// </summary>
    private static async Task<int> WithEmbeddingsAsync(IConfiguration configuration, Func<IEmbeddingGenerator<string, Embedding<float>>?, Task<int>> verb)
    {
        await using var services = new ServiceCollection().AddShopModel(configuration).BuildServiceProvider();
        return await verb(services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    /// <summary>
    /// appsettings.json beside the program, environment variables (ShopAssistant__…), then --Key value arguments; the
    /// folders under the data folder as the server derives them (the current directory is its content root).
    /// </summary>
    private static IConfiguration Configuration(string[] args)
    {
        // Only "--Section:Key value" pairs are configuration; other flags belong to the verb.
        var pairs = new List<string>();
        for (var i = 0; i + 1 < args.Length; i++)
            if (IsConfigurationKey(args, i)) pairs.AddRange([args[i], args[i + 1]]);
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(pairs.ToArray());
        builder.AddDataFolderDefaults(builder.Build(), Directory.GetCurrentDirectory());
        return builder.Build();
    }

    private static int ImportData(string[] args, TextWriter output)
    {
        var from = Option(args, "--from") ?? "../shared/datasets/online_retail_uci";
        var to = Option(args, "--to") ?? "data";
        var summary = DemoShopImporter.Import(Path.Combine(from, "online_retail.csv"), to);
        output.WriteLine($"Imported {summary.Products} products, {summary.Customers} customers, {summary.Orders} orders, {summary.Lines} lines into {Path.GetFullPath(to)}.");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
