using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Domain;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant;

/// <summary>
/// Command-line evaluation of the assistant (host: <c>eval handoffs [--set path] [--repeat n] [--json]</c>): handoff recall on
/// must-escalate messages (H3), false-handoff rate on ordinary questions, and offline turn latency in process.
/// </summary>
public static class AssistantCommands
{
    /// <summary>H3.3 needs two turns: pairs of messages the bot cannot answer, or an answer followed by "that did not help".</summary>
    private static readonly (string First, string Second)[] FailedTwice =
    [
        ("asdf qwer", "zxcv bnm"), ("qqqq", "啊这个那个"), ("asdf qwer", "that didn't help at all"), ("嗯嗯嗯", "没用，答非所问"),
    ];

    public static async Task<int> EvalHandoffsAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var set = Option(args, "--set") ?? Path.Combine(AppContext.BaseDirectory, "eval", "handoff-cases.tsv");
        var repeat = int.TryParse(Option(args, "--repeat"), CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 3;
        if (!File.Exists(set))
        {
            await output.WriteLineAsync($"eval handoffs: no case file at {set}").ConfigureAwait(false);
            return 2;
        }
        var cases = File.ReadLines(set).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("expected\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')).Where(f => f.Length >= 3).Select(f => (Expected: f[0], Language: f[1], Text: f[2])).ToList();

        var services = new ServiceCollection()
            .AddShopAssistant(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddSingleton(new LlmOptions()); // the offline policy is what is measured
        await using var provider = services.BuildServiceProvider();
        var assistant = provider.GetRequiredService<Orchestrator>();
        await AssistantWarmUp.RunAsync(provider.GetRequiredService<IMessageUnderstanding>(), provider.GetRequiredService<IKnowledgeIndex>()).ConfigureAwait(false);

        var latencies = new List<double>();
        var warm = repeat == 1;
        async Task<AssistantReply> Say(string text, ConversationMemory memory)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await assistant.ReplyAsync(new ShopperTurn("eval", "eval-guest", text), memory).ConfigureAwait(false);
            // The first round also pays for JIT and caches; latency is measured on the rounds after it.
            if (warm) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return reply;
        }

        int escalate = 0, caught = 0, rightReason = 0, ordinary = 0, falseHandoffs = 0;
        var misses = new List<string>();
        for (var round = 0; round < repeat; round++)
        {
            var first = round == 0;
            warm |= round > 0;
            foreach (var c in cases)
            {
                var reply = await Say(c.Text, new ConversationMemory { Greeted = true }).ConfigureAwait(false);
                if (!first) continue;
                if (c.Expected == "none")
                {
                    ordinary++;
                    if (reply.Metadata.Handoff) { falseHandoffs++; misses.Add($"false handoff ({reply.Metadata.HandoffReason}): {c.Text}"); }
                    continue;
                }
                escalate++;
                if (reply.Metadata.Handoff) caught++;
                if (reply.Metadata.HandoffReason == c.Expected) rightReason++;
                else misses.Add($"expected {c.Expected}, got {reply.Metadata.HandoffReason ?? "no handoff"}: {c.Text}");
            }
            foreach (var (one, two) in FailedTwice)
            {
                var memory = new ConversationMemory { Greeted = true };
                await Say(one, memory).ConfigureAwait(false);
                var reply = await Say(two, memory).ConfigureAwait(false);
                if (!first) continue;
                escalate++;
                if (reply.Metadata.Handoff) caught++;
                if (reply.Metadata.HandoffReason == HandoffReasons.BotFailedTwice) rightReason++;
                else misses.Add($"expected {HandoffReasons.BotFailedTwice}, got {reply.Metadata.HandoffReason ?? "no handoff"}: {one} / {two}");
            }
        }

        latencies.Sort();
        var result = new
        {
            mustEscalate = escalate,
            handoffRecall = Ratio(caught, escalate),
            reasonAccuracy = Ratio(rightReason, escalate),
            ordinary,
            falseHandoffRate = Ratio(falseHandoffs, ordinary),
            turns = latencies.Count,
            offlineTurnMs = new { p50 = Math.Round(Percentile.Of(latencies, 0.50), 2), p99 = Math.Round(Percentile.Of(latencies, 0.99), 2) },
        };
        await output.WriteLineAsync($"handoff recall {result.handoffRecall:P1} ({caught}/{escalate}), right reason {result.reasonAccuracy:P1}").ConfigureAwait(false);
        await output.WriteLineAsync($"false handoffs {result.falseHandoffRate:P1} ({falseHandoffs}/{ordinary})").ConfigureAwait(false);
        await output.WriteLineAsync($"offline turn latency p50 {result.offlineTurnMs.p50} ms, p99 {result.offlineTurnMs.p99} ms over {latencies.Count} turns ({Environment.ProcessorCount} cores)").ConfigureAwait(false);
        foreach (var miss in misses) await output.WriteLineAsync("  " + miss).ConfigureAwait(false);
        if (args.Contains("--json")) await output.WriteLineAsync(JsonSerializer.Serialize(result)).ConfigureAwait(false);
        return 0;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
