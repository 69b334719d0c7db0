using System.Diagnostics;
using System.Text.Json;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Evaluation;

/// <summary>
/// `eval conversations [--set FILE] [--json] [--misses N]`: plays a frozen shopper set through the real bot (web chat
/// adapter, middleware, handoff desk, stores in a throw-away data folder) and reads every reply back from the transcript.
/// A message is answered right when its intent, language and handoff are; a conversation when the reply to its last turn
/// states every fact, in the shopper's language, with the expected intent and handoff.
/// </summary>
public static class ConversationEvaluation
{
    public const string DefaultSet = "eval/shoppers-v1.json";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var path = HostCommands.Option(args, "--set") ?? Path.Combine(AppContext.BaseDirectory, DefaultSet);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"eval conversations: no set at {path}");
            return 2;
        }
        var set = ShopperSet.Load(path);
        var showMisses = int.TryParse(HostCommands.Option(args, "--misses"), out var m) ? m : 40;
        var player = new Player(services.GetRequiredService<WebChatInbox>(), services.GetRequiredService<ITranscriptLog>());
        var clock = Stopwatch.StartNew();

        var results = new List<Outcome>();
        foreach (var message in set.Messages)
        {
            var replies = await player.PlayAsync("m-" + message.Id, [message.Text]);
            var last = replies[^1];
            results.Add(new Outcome("message", message.Id, message.Lang, message.Class, message.Handoff, replies.Any(r => r.Handoff),
                IntentRight: last.Intent == message.Intent, LanguageRight: last.Language == message.Lang, FactsRight: true,
                $"{message.Text} → {last.Intent} ({message.Intent}) {Short(last.Text)}"));
        }
        foreach (var conversation in set.Conversations)
        {
            var replies = await player.PlayAsync("c-" + conversation.Id, conversation.Turns);
            var last = replies[^1];
            var missing = conversation.Patterns.Where(p => !p.IsMatch(last.Text)).Select(p => p.ToString()).ToList();
            results.Add(new Outcome("conversation", conversation.Id, conversation.Lang, conversation.Class, conversation.Handoff, replies.Any(r => r.Handoff),
                IntentRight: conversation.Intent is null || last.Intent == conversation.Intent, LanguageRight: last.Language == conversation.Lang,
                FactsRight: missing.Count == 0,
                $"{string.Join(" / ", conversation.Turns)} → {last.Intent} ({conversation.Intent}) {Short(last.Text)}" + (missing.Count > 0 ? $" missing {string.Join(", ", missing)}" : "")));
        }

        var report = new Report(set.Name, results, clock.Elapsed);
        report.Print(output);
        foreach (var miss in results.Where(r => !r.Right).Take(showMisses)) await output.WriteLineAsync($"  miss {miss.Kind} {miss.Id} [{miss.Class}]: {miss.Detail}");
        if (args.Contains("--json")) await output.WriteLineAsync(JsonSerializer.Serialize(report.Json()));
        return 0;
    }

    private static string Short(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > 120 ? flat[..120] + "…" : flat;
    }

    /// <summary>A guest on the web chat channel: one fresh conversation per case, replies read back from the transcript.</summary>
    private sealed class Player(WebChatInbox inbox, ITranscriptLog transcripts)
    {
        private readonly string _run = Guid.NewGuid().ToString("N")[..8];

        public async Task<IReadOnlyList<Reply>> PlayAsync(string caseId, IReadOnlyList<string> turns)
        {
            var conversationId = $"eval-{_run}-{caseId}";
            var shopperId = $"eval-guest-{_run}-{caseId}";
            await inbox.OpenAsync(conversationId, shopperId, null, CancellationToken.None);
            var replies = new List<Reply>();
            foreach (var turn in turns)
            {
                await inbox.SayAsync(conversationId, shopperId, turn, null, CancellationToken.None);
                var transcript = await transcripts.ReadAsync(conversationId);
                var lastInbound = transcript.Select((e, i) => (e, i)).Last(x => x.e.Direction == TranscriptEntry.Inbound).i;
                replies.Add(Reply.Of(transcript.Skip(lastInbound + 1).Where(e => e.Direction == TranscriptEntry.Outbound && e.Type == "message").ToList()));
            }
            return replies;
        }
    }

    private sealed record Reply(string Text, string? Intent, string? Language, bool Handoff)
    {
        public static Reply Of(IReadOnlyList<TranscriptEntry> sent)
        {
            // Only bot replies carry an intent; the first one says how the bot read the message.
            var replies = sent.Select(StoredActivity.Of).Where(a => a.Intent is not null).ToList();
            var first = replies.FirstOrDefault();
            return new Reply(string.Join("\n", sent.Select(e => e.Text)), first?.Intent, first?.Language, replies.Any(m => m.Handoff));
        }
    }

    private sealed record Outcome(string Kind, string Id, string Lang, string Class, bool HandoffExpected, bool HandedOff,
        bool IntentRight, bool LanguageRight, bool FactsRight, string Detail)
    {
        public bool HandoffRight => HandoffExpected == HandedOff;
        public bool Right => IntentRight && LanguageRight && FactsRight && HandoffRight;
    }

    private sealed record Report(string Set, IReadOnlyList<Outcome> Results, TimeSpan Took)
    {
        private static double Share(IEnumerable<Outcome> outcomes, Func<Outcome, bool> right)
        {
            var list = outcomes.ToList();
            return list.Count == 0 ? 0 : Math.Round((double)list.Count(right) / list.Count, 3);
        }

        private IEnumerable<Outcome> Of(string kind, string? lang = null) => Results.Where(r => r.Kind == kind && (lang is null || r.Lang == lang));

        private object Group(IEnumerable<Outcome> outcomes)
        {
            var list = outcomes.ToList();
            return new
            {
                n = list.Count,
                answeredRight = Share(list, r => r.Right),
                intent = Share(list, r => r.IntentRight),
                facts = Share(list, r => r.FactsRight),
                handoffRecall = Share(list.Where(r => r.HandoffExpected), r => r.HandedOff),
                falseHandoffs = Share(list.Where(r => !r.HandoffExpected), r => r.HandedOff),
            };
        }

        public object Json() => new
        {
            set = Set,
            messages = Languages(Of("message")),
            conversations = Languages(Of("conversation")),
            byClass = Results.GroupBy(r => r.Class).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Group(g)),
            all = Group(Results),
            seconds = Math.Round(Took.TotalSeconds, 1),
        };

        private Dictionary<string, object> Languages(IEnumerable<Outcome> outcomes) =>
            outcomes.GroupBy(r => r.Lang).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Group(g));

        public void Print(TextWriter output)
        {
            output.WriteLine($"eval conversations: set {Set}, {Results.Count} cases in {Took.TotalSeconds:F1} s (answered right = intent + language + facts + handoff)");
            void Line(string label, IEnumerable<Outcome> outcomes)
            {
                var list = outcomes.ToList();
                if (list.Count == 0) return;
                string Of(IEnumerable<Outcome> some, Func<Outcome, bool> right) => some.Any() ? Share(some, right).ToString("F3") : "  -  ";
                output.WriteLine($"  {label,-28} n={list.Count,4}  right {Of(list, r => r.Right)}  intent {Of(list, r => r.IntentRight)}  facts {Of(list, r => r.FactsRight)}" +
                    $"  handoff recall {Of(list.Where(r => r.HandoffExpected), r => r.HandedOff)}  false handoffs {Of(list.Where(r => !r.HandoffExpected), r => r.HandedOff)}");
            }
            foreach (var lang in new[] { "zh", "en" })
            {
                Line($"messages {lang}", Of("message", lang));
                Line($"conversations {lang}", Of("conversation", lang));
            }
            foreach (var group in Results.GroupBy(r => r.Class).OrderBy(g => g.Key)) Line($"class {group.Key}", group);
            Line("all", Results);
        }
    }
}
