using System.Diagnostics;
using System.Text.Json;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web.Evaluation;

/// <summary>
/// `eval gifts [--set FILE] [--json] [--misses N] [--show]`: plays a set of recommendation requests through the real bot (web chat
/// adapter, middleware, stores in a throw-away data folder), each as a new anonymous guest, and checks the product cards of
/// the reply to each request's last turn (the stock codes in its metadata, looked up in the catalogue) against the
/// request's constraints. Prints the share of requests whose constraints all hold, per language and per class; `--show` prints
/// every turn's reply and cards too, for reading a development set (never a frozen one).
/// </summary>
public static class GiftEvaluation
{
    public const string DefaultSet = "eval/gifts-v1.json";

    /// <summary>The recommender trains in the background after a fresh start; the set is played against it, not the stand-in.</summary>
    private static readonly TimeSpan ModelWait = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var path = HostCommands.Option(args, "--set") ?? Path.Combine(AppContext.BaseDirectory, DefaultSet);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"eval gifts: no set at {path}");
            return 2;
        }
        var set = GiftSet.Load(path);
        var show = args.Contains("--show");
        var showMisses = int.TryParse(HostCommands.Option(args, "--misses"), out var m) ? m : 40;
        var catalogue = services.GetRequiredService<DemoShopData>().Catalogue;
        var modelReady = await WaitForModelAsync(services.GetRequiredService<IProductSuggestions>());
        var inbox = services.GetRequiredService<WebChatInbox>();
        var transcripts = services.GetRequiredService<ITranscriptLog>();
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();

        var results = new List<Outcome>();
        foreach (var request in set.Requests)
        {
            var (shown, replies) = await PlayAsync(inbox, transcripts, $"eval-{run}-g-{request.Id}", $"eval-guest-{run}-g-{request.Id}", request.Turns);
            if (show) Show(output, request, shown, replies, catalogue);
            var last = Products(shown[^1], catalogue);
            var previous = shown.Count > 1 ? Products(shown[^2], catalogue) : null;
            var violation = request.Expect is null ? "no expect" : GiftCheck.Violation(request.Expect, last, previous);
            results.Add(new Outcome(request.Id, request.Lang, request.Class, last.Count, violation));
        }

        var report = new Report(set.Name, results, clock.Elapsed, modelReady);
        report.Print(output);
        foreach (var miss in results.Where(r => r.Violation is not null).Take(showMisses))
            await output.WriteLineAsync($"  miss {miss.Id} [{miss.Lang} {miss.Class}]: {miss.Violation}");
        if (args.Contains("--json")) await output.WriteLineAsync(JsonSerializer.Serialize(report.Json()));
        return 0;
    }

    private static async Task<bool> WaitForModelAsync(IProductSuggestions suggestions)
    {
        if (suggestions is not RecommenderSuggestions recommender) return false;
        var waited = Stopwatch.StartNew();
        while (!recommender.Loaded && waited.Elapsed < ModelWait) await Task.Delay(500);
        return recommender.Loaded;
    }

    private static void Show(TextWriter output, GiftRequest request, List<List<string>> shown, List<string> replies, Catalogue catalogue)
    {
        output.WriteLine($"# {request.Id} [{request.Lang} {request.Class}]");
        for (var i = 0; i < request.Turns.Count; i++)
        {
            output.WriteLine($"  > {request.Turns[i]}");
            output.WriteLine($"  < {replies[i].ReplaceLineEndings(" ")[..Math.Min(160, replies[i].Length)]}");
            foreach (var product in Products(shown[i], catalogue)) output.WriteLine($"    {product.StockCode} ¥{product.PriceRmb} [{product.CategoryId}] {product.Name}");
        }
    }

    /// <summary>A guest's conversation: for each turn, the stock codes of the cards the bot's replies carried, and the replies' text.</summary>
    private static async Task<(List<List<string>> Shown, List<string> Replies)> PlayAsync(WebChatInbox inbox, ITranscriptLog transcripts, string conversationId, string shopperId, IReadOnlyList<string> turns)
    {
        await inbox.OpenAsync(conversationId, shopperId, null, CancellationToken.None);
        var shown = new List<List<string>>();
        var replies = new List<string>();
        foreach (var turn in turns)
        {
            await inbox.SayAsync(conversationId, shopperId, turn, null, CancellationToken.None);
            var transcript = await transcripts.ReadAsync(conversationId);
            var lastInbound = transcript.Select((e, i) => (e, i)).Last(x => x.e.Direction == TranscriptEntry.Inbound).i;
            var outbound = transcript.Skip(lastInbound + 1).Where(e => e.Direction == TranscriptEntry.Outbound && e.Type == "message").ToList();
            shown.Add(outbound.SelectMany(e => StockCodes(e.ActivityJson)).ToList());
            replies.Add(string.Join(" | ", outbound.Select(e => e.Text)));
        }
        return (shown, replies);
    }

    /// <summary>channelData.shopAssistant.products: the stock codes of the cards a reply carries.</summary>
    private static IEnumerable<string> StockCodes(string activityJson)
    {
        using var doc = JsonDocument.Parse(activityJson);
        if (doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("shopAssistant", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("products", out var products) && products.ValueKind == JsonValueKind.Array)
            return products.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToList();
        return [];
    }

    private static List<Product> Products(IEnumerable<string> codes, Catalogue catalogue) =>
        codes.Select(catalogue.Find).OfType<Product>().ToList();

    private sealed record Outcome(string Id, string Lang, string Class, int Cards, string? Violation)
    {
        public bool Right => Violation is null;
    }

    private sealed record Report(string Set, IReadOnlyList<Outcome> Results, TimeSpan Took, bool ModelReady)
    {
        private static double Share(IReadOnlyCollection<Outcome> outcomes) =>
            outcomes.Count == 0 ? 0 : Math.Round((double)outcomes.Count(r => r.Right) / outcomes.Count, 3);

        private static object Group(IEnumerable<Outcome> outcomes)
        {
            var list = outcomes.ToList();
            return new { n = list.Count, satisfied = Share(list), withCards = list.Count == 0 ? 0 : Math.Round((double)list.Count(r => r.Cards > 0) / list.Count, 3) };
        }

        public object Json() => new
        {
            set = Set,
            modelReady = ModelReady,
            byLanguage = Results.GroupBy(r => r.Lang).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Group(g)),
            byClass = Results.GroupBy(r => r.Class).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Group(g)),
            all = Group(Results),
            seconds = Math.Round(Took.TotalSeconds, 1),
        };

        public void Print(TextWriter output)
        {
            output.WriteLine($"eval gifts: set {Set}, {Results.Count} requests in {Took.TotalSeconds:F1} s, recommender {(ModelReady ? "ready" : "NOT ready (popular stand-in)")} (satisfied = at least one card, every constraint holds)");
            void Line(string label, IEnumerable<Outcome> outcomes)
            {
                var list = outcomes.ToList();
                if (list.Count == 0) return;
                output.WriteLine($"  {label,-20} n={list.Count,4}  satisfied {Share(list):F3}  with cards {(double)list.Count(r => r.Cards > 0) / list.Count:F3}");
            }
            foreach (var lang in Results.Select(r => r.Lang).Distinct().Order()) Line($"lang {lang}", Results.Where(r => r.Lang == lang));
            foreach (var group in Results.GroupBy(r => r.Class).OrderBy(g => g.Key)) Line($"class {group.Key}", group);
            Line("all", Results);
        }
    }
}
