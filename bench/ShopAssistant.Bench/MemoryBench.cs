using System.Text.Json;

namespace ShopAssistant.Bench;

/// <summary>
/// What a host keeps per conversation: RSS once warmed up and idle, then after 1,000, 2,000, 5,000 and 10,000
/// conversations of 5 turns (20 at once), each read after a few idle seconds. Flat from 1,000 on means nothing grows
/// per conversation. Environment variables given as NAME=VALUE go to the host (e.g. DOTNET_gcServer=1 to compare).
/// </summary>
internal static class MemoryBench
{
    private static readonly int[] Marks = [1_000, 2_000, 5_000, 10_000];

    public static async Task RunAsync(string hostDll, int conversations, IReadOnlyDictionary<string, string> environment, int holdSeconds = 0)
    {
        await using var catcher = await ReplyCatcher.StartAsync();
        await using var host = HostProcess.Start(hostDll, environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await host.WaitUntilListeningAsync(http);
        await LoadBench.WaitUntilWarmAsync(http, host);
        await Task.Delay(5000);
        var rss = new Dictionary<string, double> { ["idle"] = LoadBench.RssMb(host.Id) };
        Console.WriteLine($"idle (warmed up)        RSS {rss["idle"],6:0} MB");
        var done = 0;
        var failed = 0;
        foreach (var mark in Marks.Where(m => m <= conversations))
        {
            failed += (await LoadBench.Level(http, catcher, host.Address, concurrency: 20, conversations: mark - done)).Failed;
            done = mark;
            await Task.Delay(3000);
            rss[$"after{mark}"] = LoadBench.RssMb(host.Id);
            Console.WriteLine($"after {mark,6} conversations RSS {rss[$"after{mark}"],6:0} MB  ({failed} turns failed so far)");
        }
        Console.WriteLine(JsonSerializer.Serialize(new { bench = "memory", environment, rssMb = rss, failedTurns = failed }));
        if (holdSeconds > 0)
        {
            // Time to look inside with dotnet-counters or dotnet-gcdump before the host is stopped.
            Console.WriteLine($"holding host {host.Id} for {holdSeconds} s");
            await Task.Delay(TimeSpan.FromSeconds(holdSeconds));
        }
    }
}
