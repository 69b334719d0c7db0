using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ShopAssistant.Web.Tests;

/// <summary>Handbook E3: a safety or legal report reaches a signed-in manager at once, over the dashboard's live channel.</summary>
public sealed class DashboardAlertTests
{
    [Fact]
    public async Task A_safety_report_is_pushed_to_managers_the_moment_it_is_handed_over()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost();
        var alerts = new BlockingCollection<JsonObject>();
        await using var live = Connect(host, await SessionCookieAsync(host, "mia", ShopHost.ManagerPassword));
        live.On<JsonObject>("riskAlert", alerts.Add);
        await live.StartAsync();

        await host.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-ordinary", "guest-2", "what is your return policy?"));
        channel.NextReply("c-ordinary");
        await host.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-fire", "guest-1", "the candle holder caught fire on my table"));
        channel.NextReply("c-fire");

        Assert.True(alerts.TryTake(out var alert, TimeSpan.FromSeconds(10)), "no alert pushed");
        Assert.Equal("test-channel:c-fire", (string?)alert["conversationId"]);
        Assert.Equal("safety", (string?)alert["reason"]);
        Assert.NotNull((long?)alert["handoffId"]);
        Assert.False(alerts.TryTake(out _, TimeSpan.FromMilliseconds(500)), "an ordinary question raised an alert");
    }

    [Fact]
    public async Task The_live_channel_refuses_strangers_and_agents()
    {
        await using var host = new ShopHost();
        await using var stranger = Connect(host, null);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => stranger.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);

        await using var agent = Connect(host, await SessionCookieAsync(host, "lily", ShopHost.AgentPassword));
        refused = await Assert.ThrowsAsync<HttpRequestException>(() => agent.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static HubConnection Connect(ShopHost host, string? cookie) =>
        new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/dashboard"), options =>
        {
            if (cookie is not null) options.Headers["Cookie"] = cookie;
        }).Build();

    private static async Task<string> SessionCookieAsync(ShopHost host, string userName, string password)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = host.BaseAddress });
        var response = await client.PostAsync("/api/auth/login", JsonContent.Create(new { userName, password }));
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
