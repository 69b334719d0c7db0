using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using ShopAssistant.Domain;

namespace ShopAssistant.Bench;

/// <summary>
/// Issue 6's figures: escalation → visible in the agent console (a shopper's "转人工" POSTed to /api/messages until
/// the agents' hub pushes the new handoff), and agent reply → delivered to the shopper (POST of the agent's message
/// until the channel receives it). Baseline in the same run: GET /health.
/// </summary>
internal static class HandoffBench
{
    private const int Rounds = 100;

    public static async Task RunAsync(string hostDll)
    {
        await using var catcher = await ReplyCatcher.StartAsync();
        await using var host = HostProcess.Start(hostDll,
            "--ShopAssistant:Staff:0:UserName", "bench-agent", "--ShopAssistant:Staff:0:Password", "bench-password", "--ShopAssistant:Staff:0:Role", "agent",
            "--ShopAssistant:Recommendations:WarmUp", "false");
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = host.Address };
        await host.WaitUntilListeningAsync(http);
        (await http.PostAsJsonAsync("/api/auth/login", new { userName = "bench-agent", password = "bench-password" })).EnsureSuccessStatusCode();

        var arrived = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        await using var console = new HubConnectionBuilder().WithUrl(new Uri(host.Address, "/hubs/agents"), o => o.Cookies = cookies).Build();
        console.On<JsonElement>("handoff", h =>
        {
            if (h.GetProperty("status").GetString() == "waiting" && arrived.TryGetValue(h.GetProperty("conversationId").GetString()!, out var done))
                done.TrySetResult(h.GetProperty("id").GetInt64());
        });
        await console.StartAsync();

        var escalation = new List<double>();
        var delivery = new List<double>();
        var health = new List<double>();
        for (var round = 0; round < Rounds + 5; round++)
        {
            var conversation = $"bench-h-{round}";
            var visible = arrived[conversation] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var told = catcher.Expect(conversation);
            var sw = Stopwatch.StartNew();
            await Post(http, catcher, conversation, "转人工");
            var id = await visible.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var escalated = sw.Elapsed.TotalMilliseconds;
            await told;

            (await http.PostAsync($"/api/handoffs/{id}/claim", null)).EnsureSuccessStatusCode();
            var replied = catcher.Expect(conversation);
            sw.Restart();
            (await http.PostAsJsonAsync($"/api/handoffs/{id}/messages", new { text = "您好，我来帮您。" })).EnsureSuccessStatusCode();
            await replied.WaitAsync(TimeSpan.FromSeconds(30));
            var delivered = sw.Elapsed.TotalMilliseconds;
            (await http.PostAsJsonAsync($"/api/handoffs/{id}/resolve", new { disposition = "bench" })).EnsureSuccessStatusCode();

            sw.Restart();
            (await http.GetAsync("/health")).EnsureSuccessStatusCode();
            if (round < 5) continue; // warm-up
            escalation.Add(escalated);
            delivery.Add(delivered);
            health.Add(sw.Elapsed.TotalMilliseconds);
        }

        var report = new
        {
            rounds = Rounds,
            escalationToConsoleMs = Percentiles(escalation),
            agentReplyToShopperMs = Percentiles(delivery),
            healthMs = Percentiles(health),
            loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0],
        };
        Console.WriteLine(JsonSerializer.Serialize(report));
    }

    private static Task Post(HttpClient http, ReplyCatcher catcher, string conversation, string text) =>
        http.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "bench", ["serviceUrl"] = catcher.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "guest-" + conversation }, ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation }, ["text"] = text,
        }).ContinueWith(t => t.Result.EnsureSuccessStatusCode());

    private static object Percentiles(List<double> samples)
    {
        samples.Sort();
        return new { p50 = Math.Round(Percentile.Of(samples, 0.50), 2), p99 = Math.Round(Percentile.Of(samples, 0.99), 2) };
    }
}
