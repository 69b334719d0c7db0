using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Tests;

/// <summary>GET /api/handoffs/search: handed-over conversations by the shopper's words, for agents only.</summary>
public sealed class ConversationSearchTests
{
    [Fact]
    public async Task Agents_find_handed_over_conversations_by_what_the_shopper_wrote_and_see_it_masked()
    {
        await using var host = new ShopHost();
        var transcripts = host.Services.GetRequiredService<ITranscriptLog>();
        var handoffs = host.Services.GetRequiredService<IHandoffStore>();
        var at = host.Clock.GetUtcNow();
        async Task Say(string conversation, string direction, string text) =>
            await transcripts.AppendAsync(new TranscriptEntry(conversation, direction, "message", Guid.NewGuid().ToString("N"), "s", direction == "in" ? "user" : "bot", text, "{}", at));
        async Task HandOver(string conversation, string status = HandoffStatus.Waiting) =>
            await handoffs.CreateAsync(new Handoff(0, conversation, "s-" + conversation, "webchat", "{}", "damaged_goods", 1, "en", "", false, status, null, null, at, null, null, null));

        await Say("web-a", "in", "my teapot arrived with a crack in the lid");
        await Say("web-a", "out", "Sorry! Our refund policy for breakages: send photos within 48 hours.");
        await HandOver("web-a");
        await Say("web-b", "in", "does the teapot come in blue?"); // the bot answered it: never handed over
        await Say("web-c", "in", "TEAPOT broken, call me on 13812345678");
        await HandOver("web-c", HandoffStatus.Resolved);

        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        var hits = (await agent.GetFromJsonAsync<JsonArray>("/api/handoffs/search?q=teapot"))!;
        Assert.Equal(new[] { "web-a", "web-c" }, hits.Select(h => (string)h!["handoff"]!["conversationId"]!).Order());
        Assert.Contains("teapot arrived", (string)hits.First(h => (string)h!["handoff"]!["conversationId"]! == "web-a")!["snippet"]!);

        // Only the shopper's words, and only as the console shows them (the phone number masked).
        Assert.Empty((await agent.GetFromJsonAsync<JsonArray>("/api/handoffs/search?q=refund%20policy"))!);
        Assert.Empty((await agent.GetFromJsonAsync<JsonArray>("/api/handoffs/search?q=12345678"))!);
        var masked = Assert.Single((await agent.GetFromJsonAsync<JsonArray>("/api/handoffs/search?q=5678"))!)!;
        Assert.Contains("138****5678", (string)masked["snippet"]!);
        Assert.DoesNotContain("13812345678", (string)masked["snippet"]!);

        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/handoffs/search?q=")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/handoffs/search?q=" + new string('x', 101))).StatusCode);
    }

    [Fact]
    public async Task Search_is_for_agents_only()
    {
        await using var host = new ShopHost();
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/handoffs/search?q=teapot")).StatusCode);
        var stranger = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/handoffs/search?q=teapot")).StatusCode);
    }
}
