using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Understanding;
using ShopAssistant.Knowledge;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;

namespace ShopAssistant.Assistant.Evaluation;

/// <summary>
/// <c>eval outage [--turns N] [--without-breaker] [--json]</c>: a model endpoint that accepts connections
/// and never answers, on loopback in this process; turns 1..N of the assistant configured with it, each beside a turn
/// of the no-model configuration in the same run, with the latency ratio. With --without-breaker a third configuration
/// whose breaker never opens shows what every turn would cost without it. A benchmark, not a test: it prints figures.
/// </summary>
public static class ModelOutageBench
{
    private static readonly string[] Questions = ["how much is shipping?", "运费怎么算？", "can I return a candle holder after 5 days?", "退货要多久退款？"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var turns = int.TryParse(Option(args, "--turns"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 12;
        using var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        var held = new List<Socket>();
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            try { while (true) held.Add(await hung.AcceptSocketAsync(stop.Token).ConfigureAwait(false)); }
            catch (OperationCanceledException) { }
        });
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)hung.LocalEndpoint).Port}/v1";

        await using var offline = await StartAsync(new());
        await using var withModel = await StartAsync(new() { ["ShopAssistant:Llm:Endpoint"] = endpoint, ["ShopAssistant:Llm:ApiKey"] = "k" });
        await using var unguarded = args.Contains("--without-breaker")
            ? await StartAsync(new() { ["ShopAssistant:Llm:Endpoint"] = endpoint, ["ShopAssistant:Llm:ApiKey"] = "k", ["ShopAssistant:Llm:Resilience:MinimumThroughput"] = "1000000" })
            : null;
        var budget = withModel.GetRequiredService<ShopModel>().Gate.Options;
        await output.WriteLineAsync($"hung endpoint {endpoint}; turn budget {budget.TurnBudgetSeconds} s, model share {budget.ModelShare.TotalSeconds} s, " +
            $"breaker opens after {budget.MinimumThroughput} failures ({budget.FailureRatio:P0}) in {budget.SamplingSeconds} s; {Environment.ProcessorCount} cores").ConfigureAwait(false);
        await output.WriteLineAsync("turn  no-model ms  hung-model ms  ratio  route" + (unguarded is null ? "" : "  |  without breaker ms  ratio")).ConfigureAwait(false);

        var rows = new List<object>();
        for (var i = 1; i <= turns; i++)
        {
            var text = Questions[i % Questions.Length];
            var (baseMs, _) = await TurnAsync(offline, text).ConfigureAwait(false);
            var (hungMs, route) = await TurnAsync(withModel, text).ConfigureAwait(false);
            var line = $"{i,4}  {baseMs,11:0.0}  {hungMs,13:0.0}  {hungMs / baseMs,5:0.0}  {route}";
            double? plainMs = null;
            if (unguarded is not null)
            {
                plainMs = (await TurnAsync(unguarded, text).ConfigureAwait(false)).Ms;
                line += $"  |  {plainMs,18:0.0}  {plainMs / baseMs,5:0.0}";
            }
            await output.WriteLineAsync(line).ConfigureAwait(false);
            rows.Add(new { turn = i, noModelMs = Math.Round(baseMs, 1), hungModelMs = Math.Round(hungMs, 1), ratio = Math.Round(hungMs / baseMs, 2), route, withoutBreakerMs = plainMs is { } p ? Math.Round(p, 1) : (double?)null });
        }
        // The summary a reader wants: how many turns waited for the model, and the steady state once the breaker is open.
        var measured = rows.Cast<dynamic>().Select(r => (Base: (double)r.noModelMs, Hung: (double)r.hungModelMs, Route: (string)r.route)).ToList();
        var open = measured.Where(r => r.Route == TurnRoutes.BreakerOpen).ToList();
        static double Median(IEnumerable<double> xs) { var v = xs.Order().ToList(); return v.Count == 0 ? 0 : v[v.Count / 2]; }
        await output.WriteLineAsync($"turns that waited for the model: {measured.Count(r => r.Route != TurnRoutes.BreakerOpen)} of {turns}; " +
            $"with the breaker open: median {Median(open.Select(r => r.Hung)):0.0} ms vs no-model median {Median(measured.Select(r => r.Base)):0.0} ms " +
            $"(ratio of medians {Median(open.Select(r => r.Hung)) / Math.Max(0.001, Median(measured.Select(r => r.Base))):0.00})").ConfigureAwait(false);
        await stop.CancelAsync();
        hung.Stop();
        foreach (var socket in held) socket.Dispose();
        if (args.Contains("--json")) await output.WriteLineAsync(JsonSerializer.Serialize(rows)).ConfigureAwait(false);
        return 0;
    }

    private static async Task<ServiceProvider> StartAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddShopAssistant(configuration).BuildServiceProvider();
        var assistant = services.GetRequiredService<Orchestrator>();
        await AssistantWarmUp.RunAsync(services.GetRequiredService<IMessageUnderstanding>(), services.GetRequiredService<IKnowledgeIndex>()).ConfigureAwait(false);
        // One offline turn first: JIT and caches are not what is measured.
        await assistant.ReplyAsync(new ShopperTurn("warm", "bench", "你好"), new ConversationMemory { Greeted = true }).ConfigureAwait(false);
        return services;
    }

    private static async Task<(double Ms, string Route)> TurnAsync(IServiceProvider services, string text)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await services.GetRequiredService<Orchestrator>()
            .ReplyAsync(new ShopperTurn("bench-" + Guid.NewGuid().ToString("N"), "bench", text), new ConversationMemory { Greeted = true }).ConfigureAwait(false);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, reply.Route);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
