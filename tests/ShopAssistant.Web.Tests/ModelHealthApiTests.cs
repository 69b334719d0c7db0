using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 17 through the real host: a hung model endpoint, the breaker opening, and what managers see of it.</summary>
public sealed class ModelHealthApiTests
{
    [Fact]
    public async Task With_a_hung_endpoint_the_breaker_opens_and_the_dashboard_shows_routes_state_and_an_alert()
    {
        await using var hung = new HungModelEndpoint();
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost(settings: new Dictionary<string, string?>
        {
            ["ShopAssistant:Llm:Endpoint"] = hung.Endpoint,
            ["ShopAssistant:Llm:ApiKey"] = "k",
            ["ShopAssistant:Llm:Resilience:TurnBudgetSeconds"] = "0.5",
            ["ShopAssistant:Llm:Resilience:ModelShareOfTurn"] = "1",
            ["ShopAssistant:Llm:Resilience:MinimumThroughput"] = "2",
            ["ShopAssistant:Llm:Resilience:UnavailableAlertMinutes"] = "2",
        });
        var shopper = host.CreateClient();
        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);

        // The model's deadline runs on the host's fake clock: it runs along with real time while the turns wait.
        using var turnsDone = new CancellationTokenSource();
        var clockRuns = Task.Run(async () =>
        {
            while (!turnsDone.IsCancellationRequested)
            {
                await Task.Delay(10);
                host.Clock.Advance(TimeSpan.FromMilliseconds(10));
            }
        });
        var took = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var started = Stopwatch.StartNew();
                await shopper.PostAsync(Activities.Message(channel.ServiceUrl, $"c-{i}", $"guest-{i}", "how much is shipping?"));
                var reply = channel.NextReply($"c-{i}");
                // While the model is asked, the channel first gets a typing indicator (a cold host's first turn may spend its
                // whole budget on loading the intent model and never ask).
                if ((string?)reply["type"] == "typing") reply = channel.NextReply($"c-{i}");
                took.Add(started.Elapsed);
                Assert.Equal("offline", (string?)reply.Metadata()["policy"]);
            }
        }
        finally
        {
            await turnsDone.CancelAsync();
            await clockRuns;
        }

        var model = (await mia.GetFromJsonAsync<JsonObject>("/api/metrics/model"))!;
        Assert.Equal("open", (string?)model["health"]!["breaker"]);
        var routes = model["figures"]!["turnsByRoute"]!.AsObject();
        Assert.True((int?)routes["over_budget"] >= 2, routes.ToJsonString());
        Assert.True((int?)routes["offline_breaker_open"] >= 1, routes.ToJsonString());
        Assert.Equal(5, routes.Sum(r => (int)r.Value!));
        Assert.True(took[4] < TimeSpan.FromMilliseconds(500), $"the last turn took {took[4]}: {string.Join(", ", took)}");
        Assert.Null((await mia.GetFromJsonAsync<JsonObject>("/api/metrics/alerts"))!["model"]);

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        var alert = (await mia.GetFromJsonAsync<JsonObject>("/api/metrics/alerts"))!["model"]!;
        Assert.Equal("open", (string?)alert["breaker"]);
        Assert.True((double)alert["minutes"]! >= 3);
        Assert.Contains("dashboard-model.js", await mia.GetStringAsync("/dashboard"));
    }
}
