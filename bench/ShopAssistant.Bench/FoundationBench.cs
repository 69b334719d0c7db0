using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ShopAssistant.Domain;

namespace ShopAssistant.Bench;

/// <summary>
/// Issue 2's figures: cold start to the first answered message, RSS at idle and after 1,000 conversations, and
/// turn latency through /api/messages (POST sent → reply received at the channel) with 1 and 20 concurrent
/// conversations. Baseline in the same run: GET /health on the same host, so the ratios survive a noisy machine.
/// </summary>
internal static class FoundationBench
{
    private static readonly string[] Questions = ["where is my order?", "我的订单到哪了", "hello", "order 536367", "1234", "谢谢"];

    public static async Task RunAsync(string hostDll)
    {
        await using var catcher = await ReplyCatcher.StartAsync();
        var started = Stopwatch.StartNew();
        await using var host = HostProcess.Start(hostDll);
        using var http = new HttpClient { BaseAddress = host.Address };
        await host.WaitUntilListeningAsync(http);
        var listening = started.Elapsed;
        await Turn(http, catcher, "cold", "guest-cold", "hello");
        var firstAnswer = started.Elapsed;
        await Task.Delay(2000);
        var idleRss = RssMb(host.Id);

        var single = await Measure(http, catcher, conversations: 1, turnsEach: 300);
        var health1 = await MeasureHealth(http, concurrency: 1, requests: 300);
        var twenty = await Measure(http, catcher, conversations: 20, turnsEach: 30);
        var health20 = await MeasureHealth(http, concurrency: 20, requests: 600);

        // 1,000 conversations in all, a few turns each.
        await Measure(http, catcher, conversations: 20, turnsEach: 3, conversationsTotal: 1000);
        await Task.Delay(2000);
        var busyRss = RssMb(host.Id);

        var report = new
        {
            coldStartMs = new { listening = listening.TotalMilliseconds, firstAnswer = firstAnswer.TotalMilliseconds },
            rssMb = new { idle = idleRss, after1000Conversations = busyRss },
            turnMs = new { c1 = single, c20 = twenty },
            healthMs = new { c1 = health1, c20 = health20 },
            ratioTurnToHealthP50 = new { c1 = single.P50 / health1.P50, c20 = twenty.P50 / health20.P50 },
            turnsPerSecondC20 = twenty.PerSecond,
        };
        Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(JsonSerializer.Serialize(report));
    }

    private sealed record Latency(double P50, double P99, double PerSecond, int Count);

    private static async Task<Latency> Measure(HttpClient http, ReplyCatcher catcher, int conversations, int turnsEach, int? conversationsTotal = null)
    {
        var total = conversationsTotal ?? conversations;
        var samples = new List<double>();
        var next = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) <= total)
            {
                var id = $"bench-{Guid.NewGuid():N}";
                for (var t = 0; t < turnsEach; t++)
                {
                    var sw = Stopwatch.StartNew();
                    await Turn(http, catcher, id, "guest-" + mine, Questions[t % Questions.Length]);
                    lock (samples) samples.Add(sw.Elapsed.TotalMilliseconds);
                }
            }
        }));
        return Summarise(samples, clock.Elapsed);
    }

    private static async Task<Latency> MeasureHealth(HttpClient http, int concurrency, int requests)
    {
        var samples = new List<double>();
        var next = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                var sw = Stopwatch.StartNew();
                (await http.GetAsync("/health")).EnsureSuccessStatusCode();
                lock (samples) samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        return Summarise(samples, clock.Elapsed);
    }

    private static async Task Turn(HttpClient http, ReplyCatcher catcher, string conversationId, string from, string text)
    {
        var replied = catcher.Expect(conversationId);
        var response = await http.PostAsJsonAsync("/api/messages", new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "bench", serviceUrl = catcher.ServiceUrl,
            from = new { id = from }, recipient = new { id = "bot" }, conversation = new { id = conversationId }, text,
        });
        response.EnsureSuccessStatusCode();
        await replied.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static Latency Summarise(List<double> samples, TimeSpan elapsed)
    {
        samples.Sort();
        return new Latency(Math.Round(Percentile.Of(samples, 0.50), 2), Math.Round(Percentile.Of(samples, 0.99), 2), Math.Round(samples.Count / elapsed.TotalSeconds, 1), samples.Count);
    }

    private static double RssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:"));
        return Math.Round(double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024, 1);
    }
}
