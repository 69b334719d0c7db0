using System.CommandLine;

namespace ShopAssistant.Web;

/// <summary>
/// The host's verbs as System.CommandLine sees them: every verb and option declared once, with its help text, so that
/// `--help` prints help (and starts nothing), a mistyped option is an error with a suggestion, and a verb runs only
/// with arguments it knows. Each verb's handler still receives the tokens after the verb, as before, so its own
/// reading of them (and its --json output) is unchanged; the grammar only guarantees they are well formed.
/// </summary>
internal static class VerbGrammar
{
    /// <summary>What a parsed verb does: the verb's path ("eval intents") and the tokens after it.</summary>
    public delegate Task<int> Run(string verb, string[] rest);

    public static RootCommand Build(Run run)
    {
        var root = new RootCommand(
            "ShopAssistant — 暖居英伦家居礼品店 Hearth & Gift. Without a verb it serves the shop (see `serve`). "
            + "Any verb also takes configuration as `--Section:Key value` (README \"Configuration\"). 不带子命令即启动服务。");
        var serve = Verb("serve", "Serves the web chat, the agent console and the dashboard (the default). 启动服务。", run, 1);
        // The server's own arguments (--urls, --environment…) belong to ASP.NET Core, not to this grammar.
        serve.TreatUnmatchedTokensAsErrors = false;
        root.Subcommands.Add(serve);
        root.Subcommands.Add(Verb("simulate", "Plays realistic conversations through the real bot for the dashboard. 模拟对话。", run, 1,
            Int("--conversations", "How many conversations (60)."), Int("--days", "Over how many days (7)."), Int("--seed", "Random seed (1).")));
        root.Subcommands.Add(Verb("ingest", "Builds the knowledge index from knowledge-base/. 构建知识索引。", run, 1,
            Flag("--force", "Rebuild even when the scripts did not change."), Text("--scripts", "Scripts folder."),
            Text("--index", "Index folder."), Text("--qdrant", "Qdrant endpoint (gRPC).")));
        root.Subcommands.Add(Verb("train", "Trains the intent model and the recommender. 训练意图模型和推荐模型。", run, 1,
            Flag("--force", "Retrain even what is up to date."),
            Text("--data", "Understanding data folder (the recommender reads its shop data from the same option)."),
            Text("--model", "Intent model folder."),
            Flag("--intent-model-only", "Train only the intent model (how the build prepares the one a fresh data folder starts with).")));
        root.Subcommands.Add(Verb("prepare", "Builds every artefact (knowledge index, intent model, recommender) into the models folder. 构建全部模型和索引。", run, 1,
            Flag("--force", "Rebuild even what is up to date.")));
        var eval = new Command("eval", "Evaluations; each prints a report, with --json a JSON line last. 评估。");
        eval.Subcommands.Add(Verb("intents", "Intent accuracy and per-label F1 on the held-out utterances. 意图评估。", run, 2,
            Json(), Flag("--compare", "Compare the trainers."), Text("--data", "Understanding data folder."),
            Text("--model", "Intent model folder."), Text("--shop-data", "Shop data folder, for the full pipeline.")));
        eval.Subcommands.Add(Verb("retrieval", "Recall@1/@3 and MRR of the right service script. 检索评估。", run, 2,
            Json(), Text("--set", "The retrieval set (TSV)."), Text("--scripts", "Scripts folder."),
            Text("--index", "Index folder."), Text("--qdrant", "Qdrant endpoint (gRPC).")));
        eval.Subcommands.Add(Verb("recommender", "The recommender beside its baselines. 推荐评估。", run, 2,
            Required(Text("--cutoff", "Training ends here (yyyy-MM-dd).")), Text("--test-end", "Test window end (yyyy-MM-dd)."),
            Json(), Flag("--without-tuned-baselines", "Leave out TIFU-KNN and UP-CF@r (quicker)."), Text("--data", "Shop data folder.")));
        eval.Subcommands.Add(Verb("handoffs", "Handoff recall, false handoffs and turn latency. 转人工评估。", run, 2,
            Json(), Text("--set", "The handoff cases (TSV)."), Int("--repeat", "Latency rounds (3).")));
        eval.Subcommands.Add(Verb("outage", "Turn latency against a hung model endpoint beside no model. 模型故障评估。", run, 2,
            Json(), Int("--turns", "Turns to play (12)."), Flag("--without-breaker", "Also measure without the circuit breaker.")));
        eval.Subcommands.Add(Verb("conversations", "Plays a frozen shopper set through the real bot. 对话评估。", run, 2,
            Json(), Text("--set", "The shopper set (JSON)."), Int("--misses", "How many misses to list (40).")));
        eval.Subcommands.Add(Verb("gifts", "Plays a set of recommendation requests through the real bot and checks the cards. 推荐对话评估。", run, 2,
            Json(), Text("--set", "The request set (JSON)."), Int("--misses", "How many failing requests to list (40)."),
            Flag("--show", "Print every turn's reply and cards (development sets only).")));
        root.Subcommands.Add(eval);
        root.Subcommands.Add(Verb("import-data", "Rebuilds data/ from the raw dataset. 导入数据。", run, 1,
            Text("--from", "The raw dataset folder."), Text("--to", "The data folder to write (data).")));
        var shopper = new Command("shopper", "One shopper's stored data. 顾客数据。");
        shopper.Subcommands.Add(Verb("export", "Prints the shopper's stored data as JSON. 导出。", run, 2, Required(Text("--id", "The shopper id."))));
        shopper.Subcommands.Add(Verb("erase", "Erases the shopper's stored data. 删除。", run, 2, Required(Text("--id", "The shopper id."))));
        root.Subcommands.Add(shopper);
        root.Subcommands.Add(Verb("token", "Prints a shopper token for a customer. 生成顾客令牌。", run, 1,
            Required(Int("--customer", "The customer id.")), Int("--minutes", "Lifetime in minutes (60, at most a day).")));
        return root;
    }

    private static Command Verb(string name, string description, Run run, int depth, params Option[] options)
    {
        var command = new Command(name, description);
        foreach (var option in options) command.Options.Add(option);
        command.SetAction((result, _) => run(Path(result), result.Tokens.Skip(depth).Select(t => t.Value).ToArray()));
        return command;
    }

    /// <summary>"eval intents": the names from the root down to the verb that was parsed.</summary>
    private static string Path(ParseResult result)
    {
        var names = new List<string>();
        for (var command = result.CommandResult; command.Parent is System.CommandLine.Parsing.CommandResult parent; command = parent)
            names.Insert(0, command.Command.Name);
        return string.Join(' ', names);
    }

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    private static Option<bool> Json() => Flag("--json", "Also print the report as one JSON line (last).");

    private static Option<string> Text(string name, string description) => new(name) { Description = description };

    private static Option<int> Int(string name, string description) => new(name) { Description = description };

    private static Option<T> Required<T>(Option<T> option)
    {
        option.Required = true;
        return option;
    }
}
