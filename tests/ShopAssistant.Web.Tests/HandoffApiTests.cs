using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Web.Tests;

/// <summary>The handoff flow through /api/messages and the agents' REST API, with replies caught at the channel.</summary>
public sealed class HandoffApiTests
{
    [Fact]
    public async Task A_channel_shopper_escalates_an_agent_claims_and_replies_and_the_reply_reaches_the_service_url()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost();
        var shopper = host.CreateClient();
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);

        // Signed in with a shopper token: the agent sees the customer's orders (only a verified customer's).
        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-api", "17850", "I want to talk to a real person", shopperToken: host.ShopperToken(17850)));
        var told = channel.NextReply("c-api");
        Assert.True((bool)told.Metadata()["handoff"]!);
        Assert.Equal("handoff.initiate", (string?)channel.NextReply("c-api")["name"]);

        var queue = (await agent.GetFromJsonAsync<JsonArray>("/api/handoffs"))!;
        var id = (long)Assert.Single(queue)!["id"]!;
        Assert.Equal("shopper_request", (string?)queue[0]!["reason"]);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/api/handoffs/{id}/claim", null)).StatusCode);
        var bob = await host.SignedInAsync("bob", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.Conflict, (await bob.PostAsync($"/api/handoffs/{id}/claim", null)).StatusCode);
        Assert.Equal("accepted", (string?)channel.NextReply("c-api")["value"]!["state"]);
        Assert.Equal("lily", (string?)channel.NextReply("c-api")["channelData"]!["agent"]);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync($"/api/handoffs/{id}/messages", new { text = "Hello, I'm here to help." })).StatusCode);
        var reply = channel.NextReply("c-api");
        Assert.Equal("Hello, I'm here to help.", (string?)reply["text"]);
        Assert.Equal(id, (long)reply["channelData"]!["handoffId"]!);

        var detail = (await agent.GetFromJsonAsync<JsonObject>($"/api/handoffs/{id}"))!;
        Assert.Contains(detail["transcript"]!.AsArray(), t => (string?)t!["text"] == "I want to talk to a real person");
        Assert.NotEmpty(detail["recentOrders"]!.AsArray());

        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync($"/api/handoffs/{id}/messages", new { text = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync($"/api/handoffs/{id}/notes", new { text = "asked about the candle order" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync($"/api/handoffs/{id}/resolve", new { disposition = "explained" })).StatusCode);
        Assert.Equal("completed", (string?)channel.NextReply("c-api")["value"]!["state"]);
        Assert.Contains("1–5", (string?)channel.NextReply("c-api")["text"]);
        Assert.Empty((await agent.GetFromJsonAsync<JsonArray>("/api/handoffs"))!);
    }

    [Fact]
    public async Task A_waiting_handoff_survives_a_restart_and_still_keeps_the_shopper_with_the_people()
    {
        await using var channel = await ChannelListener.StartAsync();
        string folder;
        await using (var first = new ShopHost())
        {
            folder = first.DataFolder;
            await first.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-wait", "guest-w", "转人工"));
            channel.NextReply("c-wait");
        }

        await using var second = new ShopHost(folder);
        var agent = await second.SignedInAsync("lily", ShopHost.AgentPassword);
        var waiting = (await agent.GetFromJsonAsync<JsonArray>("/api/handoffs?status=waiting"))!;
        Assert.Equal("test-channel:c-wait", (string?)Assert.Single(waiting)!["conversationId"]);

        await second.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-wait", "guest-w", "hello? where is order 536367"));
        var holding = channel.NextReply("c-wait", TimeSpan.FromSeconds(30));
        while ((string?)holding["type"] != "message") holding = channel.NextReply("c-wait");
        Assert.Contains("人工客服", (string?)holding["text"]);
        Assert.DoesNotContain("后四位", (string?)holding["text"]);
    }

    [Fact]
    public async Task Unknown_handoffs_and_statuses_get_clear_errors()
    {
        await using var host = new ShopHost();
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsync("/api/handoffs/424242/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/handoffs/424242")).StatusCode);
        var bad = await agent.GetAsync("/api/handoffs?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("waiting, active, resolved or returned", await bad.Content.ReadAsStringAsync());
    }
}
