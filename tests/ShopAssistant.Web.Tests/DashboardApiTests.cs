using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Web.Tests;

/// <summary>The manager's quality API over real HTTP: who may read it, bad ranges, and figures that follow real conversations.</summary>
public sealed class DashboardApiTests
{
    [Theory]
    [InlineData("/api/metrics")]
    [InlineData("/api/metrics/agents")]
    [InlineData("/api/metrics/knowledge-gaps")]
    [InlineData("/api/metrics/model")]
    [InlineData("/api/conversations")]
    public async Task Metrics_are_for_managers_only(string path)
    {
        await using var host = new ShopHost();
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync(path)).StatusCode);
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(path)).StatusCode);
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("?from=2026-02-30", "'from'")]
    [InlineData("?from=2026-11-26&to=2026-11-01", "after")]
    [InlineData("?from=2020-01-01&to=2026-11-01", "366")]
    [InlineData("?week=48", "week")]
    public async Task Bad_ranges_get_a_400_that_says_why(string query, string expected)
    {
        await using var host = new ShopHost();
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var response = await manager.GetAsync("/api/metrics" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_page_opens_for_a_manager_and_an_empty_range_reads_as_zeros()
    {
        await using var host = new ShopHost();
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        Assert.Contains("dashboard.js", await manager.GetStringAsync("/dashboard"));
        var metrics = (await manager.GetFromJsonAsync<JsonObject>("/api/metrics?from=2020-01-01&to=2020-01-07"))!;
        Assert.Equal(0, (int)metrics["conversations"]!);
        Assert.Equal(0, (double)metrics["csat"]!);
        Assert.Equal(0, (double)metrics["firstResponseMs"]!["p95"]!);
    }

    [Fact]
    public async Task Figures_follow_conversations_driven_through_the_bot_and_the_agent_api()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost();
        var shopper = host.CreateClient();
        var lily = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);

        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-bot", "guest-1", "hello"));
        channel.NextReply("c-bot");
        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-human", "17850", "I want to talk to a real person"));
        channel.NextReply("c-human");
        var id = (long)(await lily.GetFromJsonAsync<JsonArray>("/api/handoffs"))![0]!["id"]!;

        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.NoContent, (await lily.PostAsync($"/api/handoffs/{id}/claim", null)).StatusCode);
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await lily.PostAsJsonAsync($"/api/handoffs/{id}/messages", new { text = "Hello, I'm Lily. How can I help?" });
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.NoContent, (await lily.PostAsJsonAsync($"/api/handoffs/{id}/resolve", new { disposition = "explained" })).StatusCode);
        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-human", "17850", "5"));

        var metrics = (await mia.GetFromJsonAsync<JsonObject>("/api/metrics"))!;
        Assert.Equal(2, (int)metrics["conversations"]!);
        Assert.Equal(1, (int)metrics["handoffs"]!);
        Assert.Equal(0.5, (double)metrics["handoffRate"]!);
        Assert.Equal(0.5, (double)metrics["botResolutionRate"]!);
        Assert.Equal(1, (int)metrics["handoffsByReason"]!["shopper_request"]!);
        Assert.Equal(1, (int)metrics["ratings"]!);
        Assert.Equal(1, (double)metrics["csat"]!);
        Assert.Equal(30_000, (double)metrics["queueWaitMs"]!["p50"]!);
        Assert.Equal(10_000, (double)metrics["firstResponseMs"]!["agent"]!["p50"]!);
        Assert.Equal(70_000, (double)metrics["averageHandleMs"]!);
        Assert.True((double)metrics["firstResponseMs"]!["bot"]!["p50"]! > 0);

        var agents = (await mia.GetFromJsonAsync<JsonArray>("/api/metrics/agents"))!;
        var row = Assert.Single(agents)!;
        Assert.Equal("lily", (string?)row["agent"]);
        Assert.Equal(1, (int)row["resolved"]!);
        Assert.Equal(1, (double)row["csat"]!);
        Assert.NotNull(row["flowScore"]);

        var handedOver = (await mia.GetFromJsonAsync<JsonObject>("/api/conversations?reason=shopper_request"))!;
        Assert.Equal(1, (int)handedOver["total"]!);
        var listed = handedOver["conversations"]![0]!;
        Assert.Equal("test-channel:c-human", (string?)listed["conversationId"]); // stored under channel and conversation
        Assert.Equal(5, (int)listed["rating"]!);
        Assert.Equal(1, (int)(await mia.GetFromJsonAsync<JsonObject>("/api/conversations?rating=none"))!["total"]!);

        var review = (await mia.GetFromJsonAsync<JsonObject>("/api/conversations/test-channel:c-human"))!;
        Assert.Contains(review["transcript"]!.AsArray(), l => (string?)l!["speaker"] == "agent");
        Assert.Equal(5, review["score"]!["steps"]!.AsArray().Count);
        Assert.All(review["score"]!["steps"]!.AsArray(), s => Assert.False(string.IsNullOrEmpty((string?)s!["reason"])));
        Assert.Equal("rules", (string?)review["score"]!["judge"]); // no model configured here: the rule-based scorecard, and it says so

        var csv = await mia.GetAsync("/api/metrics/agents?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("lily,1,1,0", await csv.Content.ReadAsStringAsync());
    }
}
