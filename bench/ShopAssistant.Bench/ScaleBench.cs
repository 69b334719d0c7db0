using System.Text.Json;
using ShopAssistant.Testing;

namespace ShopAssistant.Bench;

/// <summary>
/// Issue 12 item 7, the scale-out half: the topology of deploy/local-two-instances.sh (a throw-away PostgreSQL and Redis,
/// ShopAssistant instances A and B on them, nginx from the deployment's template) and the bare echo bot behind the same
/// nginx, all in one run. Three proxies are measured: one in front of A alone, one in front of A and B, one in front of
/// the echo bot. N conversations × 5 turns go through each proxy's /api/messages, 20 and then 100 at a time; a turn is
/// POST sent → reply received at the loopback channel. Then RSS per instance after 1,000 more conversations.
/// </summary>
internal static class ScaleBench
{
    // Three targets: each goes first in one round, so the machine's drift falls on all three alike.
    private const int Rounds = 3;

    /// <param name="poolSize">Npgsql's Maximum Pool Size per instance (default 100), to see whether turns wait on the pool.</param>
    public static async Task RunAsync(string shopDll, string echoDll, int conversations, int[] levels, int rssConversations, int? poolSize)
    {
        if (LocalServers.SkipReason([Server.Postgres, Server.Redis, Server.Nginx]) is { } missing)
            throw new InvalidOperationException($"The scale bench cannot run here: {missing}.");
        var loadAtStart = LoadAverage();
        Console.WriteLine($"load average at start: {loadAtStart}; Npgsql pool per instance: {poolSize?.ToString() ?? "100 (default)"}");

        await using var catcher = await ReplyCatcher.StartAsync();
        using var redis = await RedisServer.StartAsync();
        await using var postgres = new PostgresCluster();
        string[] shared =
        [
            "--ShopAssistant:Storage:Provider", "postgres", "--ConnectionStrings:Postgres",
            await postgres.CreateDatabaseAsync() + (poolSize is { } size ? $";Maximum Pool Size={size}" : ""),
            "--ConnectionStrings:Redis", redis.Configuration,
            // Built once and kept between runs: B (and the next run) loads what A built, as a deployment does.
            "--ShopAssistant:Models:Directory", Path.Combine(Path.GetTempPath(), "shopassistant-bench-models"),
        ];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await using var echo = HostProcess.Start(echoDll);
        await using var a = HostProcess.Start(shopDll, shared);
        await echo.WaitUntilListeningAsync(http);
        await a.WaitUntilListeningAsync(http);
        await LoadBench.WaitUntilWarmAsync(http, a);
        await using var b = HostProcess.Start(shopDll, shared);
        await b.WaitUntilListeningAsync(http);
        await LoadBench.WaitUntilWarmAsync(http, b);

        var template = Template();
        using var toEcho = await NginxProxy.StartAsync(template, [echo.Address.Port]);
        using var toOne = await NginxProxy.StartAsync(template, [a.Address.Port]);
        using var toTwo = await NginxProxy.StartAsync(template, [a.Address.Port, b.Address.Port]);
        var targets = new (string Name, Uri Proxy)[] { ("echo", toEcho.Address), ("one", toOne.Address), ("two", toTwo.Address) };
        foreach (var (name, proxy) in targets)
        {
            // JIT, pools, caches (B's too, through the two-instance proxy); a target that fails turns stops the bench here.
            if ((await LoadBench.Level(http, catcher, proxy, concurrency: 10, conversations: 50)).Failed > 0)
                throw new InvalidOperationException($"The {name} target failed turns while warming up.");
        }

        var results = new List<object>();
        foreach (var level in levels)
        {
            var rounds = targets.ToDictionary(t => t.Name, _ => new List<LoadBench.Latency>());
            for (var round = 0; round < Rounds; round++)
                for (var i = 0; i < targets.Length; i++)
                {
                    var (name, proxy) = targets[(round + i) % targets.Length];
                    rounds[name].Add(await LoadBench.Level(http, catcher, proxy, level, conversations / Rounds));
                }
            var measured = rounds.ToDictionary(r => r.Key, r => LoadBench.Combine(r.Value));
            foreach (var (name, latency) in measured)
                Console.WriteLine($"{level,3} at once  {Label(name),-11} {latency.PerSecond,7:0.0} turns/s  p50 {latency.P50,7:0.0} ms  p99 {latency.P99,7:0.0} ms  ({latency.Count} turns, {latency.Failed} failed; " +
                                  $"rounds' p99 {string.Join(" / ", rounds[name].Select(r => r.P99.ToString("0")))} ms)");
            var (e, one, two) = (measured["echo"], measured["one"], measured["two"]);
            var ratios = new
            {
                twoToOne = Ratios(two, one), oneToEcho = Ratios(one, e), twoToEcho = Ratios(two, e),
            };
            Console.WriteLine($"{level,3} at once  2/1 instances: turns/s {ratios.twoToOne.TurnsPerSecond:0.00}×  p99 {ratios.twoToOne.P99:0.00}×   " +
                              $"1 instance/echo: turns/s {ratios.oneToEcho.TurnsPerSecond:0.00}×  p99 {ratios.oneToEcho.P99:0.00}×   " +
                              $"2 instances/echo: turns/s {ratios.twoToEcho.TurnsPerSecond:0.00}×  p99 {ratios.twoToEcho.P99:0.00}×");
            Console.WriteLine($"{level,3} at once  RSS A {LoadBench.RssMb(a.Id):0} MB, B {LoadBench.RssMb(b.Id):0} MB, echo {LoadBench.RssMb(echo.Id):0} MB; load average {LoadAverage()}");
            results.Add(new { concurrent = level, conversations, echo = e, oneInstance = one, twoInstances = two, ratios });
        }

        // RSS per instance once the pair has served a thousand conversations more (the proxy alternates requests, so each
        // instance sees turns of every conversation, as without stickiness in production).
        var rssBefore = new { a = LoadBench.RssMb(a.Id), b = LoadBench.RssMb(b.Id) };
        var served = await LoadBench.Level(http, catcher, toTwo.Address, concurrency: 20, conversations: rssConversations);
        var rssAfter = new { a = LoadBench.RssMb(a.Id), b = LoadBench.RssMb(b.Id), echo = LoadBench.RssMb(echo.Id) };
        Console.WriteLine($"RSS after {rssConversations:N0} more conversations through the two-instance proxy ({served.Count} turns, {served.Failed} failed): " +
                          $"A {rssBefore.a:0} → {rssAfter.a:0} MB, B {rssBefore.b:0} → {rssAfter.b:0} MB (echo bot {rssAfter.echo:0} MB)");
        var loadAtEnd = LoadAverage();
        Console.WriteLine($"load average at end: {loadAtEnd}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            bench = "scale", turnsPerConversation = 5, levels = results, rss = new { conversations = rssConversations, before = rssBefore, after = rssAfter },
            loadAtStart, loadAtEnd,
        }));
    }

    private static string Label(string target) => target switch { "one" => "1 instance", "two" => "2 instances", _ => "echo bot" };

    private sealed record Ratio(double TurnsPerSecond, double P50, double P99);

    private static Ratio Ratios(LoadBench.Latency of, LoadBench.Latency to) =>
        new(Math.Round(of.PerSecond / to.PerSecond, 2), Math.Round(of.P50 / to.P50, 2), Math.Round(of.P99 / to.P99, 2));

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    /// <summary>deploy/nginx/shopassistant.conf.template, the one the deployment and the two-instance tests use.</summary>
    private static string Template()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShopAssistant.sln"))) root = root.Parent;
        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("No ShopAssistant.sln above the bench's output."),
            "deploy", "nginx", "shopassistant.conf.template");
    }
}
