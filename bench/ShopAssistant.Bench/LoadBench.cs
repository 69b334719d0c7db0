using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShopAssistant.Domain;

namespace ShopAssistant.Bench;

/// <summary>
/// Load through /api/messages: N conversations of 5 turns each, 20 and then 50 at a time, against a bare Bot Framework
/// echo bot (bench/EchoBot) and ShopAssistant, one after the other in the same run, both replying to the same loopback
/// channel. A turn is measured from the POST sent to its reply received at the channel. Prints turns/s, p50/p99 and
/// their ratios to the echo bot, each host's RSS before and after the level and its garbage collections during it.
/// </summary>
internal static class LoadBench
{
    private const int TurnsPerConversation = 5;
    private static readonly string[] Questions = ["hello", "where is my order?", "运费怎么算？", "order 536367", "谢谢"];

    public static async Task RunAsync(string shopDll, string echoDll, int conversations, int[] levels)
    {
        await using var catcher = await ReplyCatcher.StartAsync();
        await using var echo = HostProcess.Start(echoDll);
        await using var shop = HostProcess.Start(shopDll);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await echo.WaitUntilListeningAsync(http);
        await shop.WaitUntilListeningAsync(http);
        // Measured once everything a start prepares in the background is done (the recommender's training included),
        // so that the levels see a steady host, not a start.
        await WaitUntilWarmAsync(http, shop);
        var hosts = new[] { ("echo", echo), ("shop", shop) };
        foreach (var (name, host) in hosts)
        {
            // JIT, pools, caches; and a host that does not answer stops the bench here rather than measuring failures.
            if ((await Level(http, catcher, host.Address, concurrency: 10, conversations: 50)).Failed > 0)
                throw new InvalidOperationException($"The {name} host failed turns while warming up: is it answering at the loopback channel?");
        }

        var results = new List<object>();
        foreach (var level in levels)
        {
            // The machine is shared and its load drifts: each level runs in rounds that alternate which host goes first,
            // so both see the same drift, and each host's figures are over all its rounds.
            var measured = new Dictionary<string, Result>();
            var rounds = new Dictionary<string, List<Latency>> { ["echo"] = [], ["shop"] = [] };
            var rss = hosts.ToDictionary(h => h.Item1, h => RssMb(h.Item2.Id));
            var gcs = hosts.ToDictionary(h => h.Item1, h => GcCounter.Start(h.Item2.Id));
            for (var round = 0; round < Rounds; round++)
                foreach (var (name, host) in round % 2 == 0 ? hosts : hosts.Reverse())
                    rounds[name].Add(await Level(http, catcher, host.Address, level, conversations / Rounds));
            foreach (var (name, host) in hosts)
            {
                var collections = await gcs[name].StopAsync();
                await gcs[name].DisposeAsync();
                var latency = Combine(rounds[name]);
                measured[name] = new Result(latency, rss[name], RssMb(host.Id), collections);
                Console.WriteLine($"{level,3} at once  {name,-5} {latency.PerSecond,7:0.0} turns/s  p50 {latency.P50,7:0.0} ms  p99 {latency.P99,7:0.0} ms  " +
                                  $"RSS {rss[name]:0} → {measured[name].RssAfterMb:0} MB  GCs gen0/1/2 {string.Join('/', collections)}  ({latency.Count} turns, {latency.Failed} failed)");
            }
            var (e, s) = (measured["echo"].Latency, measured["shop"].Latency);
            var ratios = new { turnsPerSecond = Math.Round(s.PerSecond / e.PerSecond, 2), p50 = Math.Round(s.P50 / e.P50, 2), p99 = Math.Round(s.P99 / e.P99, 2) };
            Console.WriteLine($"{level,3} at once  shop/echo: turns/s {ratios.turnsPerSecond:0.00}×  p50 {ratios.p50:0.00}×  p99 {ratios.p99:0.00}×");
            results.Add(new { concurrent = level, conversations, echo = measured["echo"], shop = measured["shop"], ratioShopToEcho = ratios });
        }
        Console.WriteLine(JsonSerializer.Serialize(new { bench = "load", turnsPerConversation = TurnsPerConversation, levels = results }));
    }

    internal const int Rounds = 4;

    internal sealed record Latency(double P50, double P99, double PerSecond, int Count, int Failed)
    {
        [JsonIgnore] public List<double> Samples { get; init; } = [];
        [JsonIgnore] public TimeSpan Elapsed { get; init; }
    }

    internal static Latency Combine(List<Latency> rounds)
    {
        var samples = rounds.SelectMany(r => r.Samples).Order().ToList();
        var elapsed = rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed);
        return new Latency(Math.Round(Percentile.Of(samples, 0.50), 1), Math.Round(Percentile.Of(samples, 0.99), 1),
            Math.Round(samples.Count / elapsed.TotalSeconds, 1), samples.Count, rounds.Sum(r => r.Failed));
    }

    private sealed record Result(Latency Latency, double RssBeforeMb, double RssAfterMb, int[] GcCollections);

    internal static async Task<Latency> Level(HttpClient http, ReplyCatcher catcher, Uri host, int concurrency, int conversations)
    {
        var samples = new List<double>();
        var failed = 0;
        var next = 0;
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) <= conversations)
            {
                var id = $"load-{run}-{mine}";
                for (var t = 0; t < TurnsPerConversation; t++)
                {
                    var sw = Stopwatch.StartNew();
                    try
                    {
                        await Turn(http, catcher, host, id, $"shopper-{run}-{mine}", Questions[t]);
                        lock (samples) samples.Add(sw.Elapsed.TotalMilliseconds);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }
        }));
        var elapsed = clock.Elapsed;
        samples.Sort();
        return new Latency(Math.Round(Percentile.Of(samples, 0.50), 1), Math.Round(Percentile.Of(samples, 0.99), 1),
            Math.Round(samples.Count / elapsed.TotalSeconds, 1), samples.Count, failed) { Samples = samples, Elapsed = elapsed };
    }

    private static async Task Turn(HttpClient http, ReplyCatcher catcher, Uri host, string conversationId, string from, string text)
    {
        var replied = catcher.Expect(conversationId);
        using var response = await http.PostAsJsonAsync(new Uri(host, "/api/messages"), new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "bench", serviceUrl = catcher.ServiceUrl,
            from = new { id = from }, recipient = new { id = "bot" }, conversation = new { id = conversationId }, text, locale = "en-US",
        });
        response.EnsureSuccessStatusCode();
        await replied.WaitAsync(TimeSpan.FromSeconds(30));
    }

    internal static async Task WaitUntilWarmAsync(HttpClient http, HostProcess shop)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            var body = await http.GetStringAsync(new Uri(shop.Address, "/health/ready")).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            if (body.Contains("\"status\":\"ok\"") && !body.Contains("\"starting\"") && !body.Contains("\"waiting\"")) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("ShopAssistant did not finish its warm-up within 5 minutes.");
    }

    internal static double RssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:"));
        return Math.Round(double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024, 1);
    }
}
