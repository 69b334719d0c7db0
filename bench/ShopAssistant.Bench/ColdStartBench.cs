using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Bench;

/// <summary>
/// Start to first answered message through /api/messages: on a fresh data folder (nothing trained or indexed yet),
/// then again on the folder that first start prepared. Each start is timed from the process start to the reply at
/// the loopback channel; the second message of the fresh start says whether a recommendation made before the
/// recommender is ready says so. Baseline in the same run: the bare echo bot's start to its first echo.
/// </summary>
internal static class ColdStartBench
{
    public static async Task RunAsync(string shopDll, string? echoDll)
    {
        await using var catcher = await ReplyCatcher.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var report = new Dictionary<string, object?>();

        if (echoDll is not null)
        {
            var clock = Stopwatch.StartNew();
            await using var echo = HostProcess.Start(echoDll);
            await echo.WaitUntilListeningAsync(http);
            await FirstAnswerAsync(http, catcher, echo, "hello");
            report["echoFirstAnswerMs"] = Math.Round(clock.Elapsed.TotalMilliseconds);
        }

        string folder;
        {
            var clock = Stopwatch.StartNew();
            await using var fresh = HostProcess.Start(shopDll);
            folder = fresh.DataFolder;
            await fresh.WaitUntilListeningAsync(http);
            var listening = clock.Elapsed.TotalMilliseconds;
            await FirstAnswerAsync(http, catcher, fresh, "hello");
            var answered = clock.Elapsed.TotalMilliseconds;
            var recommendation = await FirstAnswerAsync(http, catcher, fresh, "推荐一些圣诞礼物，100元以内");
            report["fresh"] = new
            {
                listeningMs = Math.Round(listening), firstAnswerMs = Math.Round(answered),
                firstRecommendation = recommendation?["channelData"]?["shopAssistant"]?["recommendations"]?.ToJsonString(),
            };
            await LoadBench.WaitUntilWarmAsync(http, fresh);
            report["freshWarmUp"] = JsonNode.Parse(await http.GetStringAsync(new Uri(fresh.Address, "/health/ready")))?["warmUp"];
        }
        {
            var clock = Stopwatch.StartNew();
            await using var prepared = HostProcess.StartIn(shopDll, folder, new Dictionary<string, string>());
            await prepared.WaitUntilListeningAsync(http);
            var listening = clock.Elapsed.TotalMilliseconds;
            await FirstAnswerAsync(http, catcher, prepared, "hello");
            report["prepared"] = new { listeningMs = Math.Round(listening), firstAnswerMs = Math.Round(clock.Elapsed.TotalMilliseconds) };
        }
        foreach (var (name, value) in report) Console.WriteLine($"{name,-18} {JsonSerializer.Serialize(value)}");
        Console.WriteLine(JsonSerializer.Serialize(new { bench = "cold", report }));
    }

    private static async Task<JsonNode?> FirstAnswerAsync(HttpClient http, ReplyCatcher catcher, HostProcess host, string text)
    {
        var conversation = "cold-" + Guid.NewGuid().ToString("N")[..8];
        var replied = catcher.ExpectBody(conversation);
        using var response = await http.PostAsJsonAsync(new Uri(host.Address, "/api/messages"), new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "bench", serviceUrl = catcher.ServiceUrl,
            from = new { id = "cold-shopper-" + conversation }, recipient = new { id = "bot" }, conversation = new { id = conversation }, text,
        });
        response.EnsureSuccessStatusCode();
        return await replied.WaitAsync(TimeSpan.FromSeconds(120));
    }
}
