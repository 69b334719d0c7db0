using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using ShopAssistant.Bot.Trust;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 11 in the web chat: sign-in by the shop's token, sessions that stay with their shopper, and flood limits.</summary>
public sealed class WebChatTrustTests
{
    public sealed record Started(string Token, string ConversationId, bool Resumed, bool SignedIn);

    private sealed class Browser : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly BlockingCollection<JsonObject> _activities = [];

        public Browser(ShopHost host)
        {
            _connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/webchat")).Build().PatientUnderLoad();
            _connection.On<string>("activity", json => _activities.Add(JsonNode.Parse(json)!.AsObject()));
        }

        public async Task<Started> StartAsync(string? session, string? shopperToken)
        {
            if (_connection.State == HubConnectionState.Disconnected) await _connection.StartAsync();
            return await _connection.InvokeAsync<Started>("StartAs", session, "en-US", shopperToken);
        }

        public Task SendAsync(string text) => _connection.InvokeAsync("Send", text, "en-US");

        public string NextText()
        {
            while (_activities.TryTake(out var activity, TimeSpan.FromSeconds(20)))
                if ((string?)activity["type"] == "message") return (string)activity["text"]!;
            throw new TimeoutException("No message from the bot.");
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }

    [Fact]
    public async Task The_shops_token_signs_the_shopper_in_and_a_guest_session_is_never_resumed_as_a_customer()
    {
        await using var host = new ShopHost();
        await using var guestTab = new Browser(host);
        var guest = await guestTab.StartAsync(null, null);
        Assert.False(guest.SignedIn);
        guestTab.NextText(); // welcome
        await guestTab.SendAsync("where is my order?");
        Assert.DoesNotContain("536791", guestTab.NextText());

        await using var signedTab = new Browser(host);
        var signed = await signedTab.StartAsync(guest.Token, host.ShopperToken(17850));
        Assert.True(signed.SignedIn);
        Assert.False(signed.Resumed);
        Assert.NotEqual(guest.ConversationId, signed.ConversationId);
        signedTab.NextText();
        await signedTab.SendAsync("where is my order?");
        Assert.Contains("536791", signedTab.NextText());

        // Without the shop's token (signed out on the shop's site) the customer's session is not resumed.
        await using var later = new Browser(host);
        var again = await later.StartAsync(signed.Token, null);
        Assert.False(again.Resumed);
        Assert.False(again.SignedIn);

        // An invalid token chats as a guest.
        await using var forged = new Browser(host);
        Assert.False((await forged.StartAsync(null, "not-a-token")).SignedIn);
    }

    [Fact]
    public async Task Over_twenty_messages_a_minute_the_web_chat_asks_politely_to_slow_down()
    {
        await using var host = new ShopHost();
        await using var tab = new Browser(host);
        await tab.StartAsync(null, null);
        tab.NextText();
        for (var i = 0; i < 20; i++)
        {
            await tab.SendAsync("hi " + i);
            tab.NextText();
        }

        await tab.SendAsync("hi again");

        Assert.Contains("please wait a moment", tab.NextText());
    }

    [Fact]
    public async Task New_conversations_and_handoffs_from_one_address_are_capped_per_hour()
    {
        await using var host = new ShopHost(settings: new Dictionary<string, string?>
        {
            ["ShopAssistant:Limits:NewConversationsPerHour"] = "3",
            ["ShopAssistant:Limits:HandoffsPerHour"] = "1",
        });
        await using var first = new Browser(host);
        await first.StartAsync(null, null);
        first.NextText();
        await first.SendAsync("I want to talk to a real person");
        Assert.Contains("passing you to a member of our team", first.NextText());

        await using var second = new Browser(host);
        await second.StartAsync(null, null);
        second.NextText();
        await second.SendAsync("I want to talk to a real person");
        Assert.Contains("too many requests for a person", second.NextText());

        // A safety report still reaches a person over the cap.
        await using var third = new Browser(host);
        await third.StartAsync(null, null);
        third.NextText();
        await third.SendAsync("the candle holder caught fire on my table");
        Assert.Contains("passing you to a member of our team", third.NextText());

        await using var fourth = new Browser(host);
        var refused = await Assert.ThrowsAsync<HubException>(() => fourth.StartAsync(null, null));
        Assert.Contains("Too many new conversations", refused.Message);
    }

    [Fact]
    public async Task The_demo_shopper_page_exists_only_in_development_and_signs_in_with_the_runs_own_key()
    {
        await using (var testing = new ShopHost())
        {
            var response = await testing.CreateClient().GetAsync("/dev/shopper?customer=17850");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await using var development = new ShopHost(settings: new Dictionary<string, string?> { [ShopperTokens.KeySetting] = "" }, environment: "Development");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = development.BaseAddress };
        var redirect = await client.GetAsync("/dev/shopper?customer=17850");
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"HTTP {(int)redirect.StatusCode}: {await redirect.Content.ReadAsStringAsync()}");
        var token = Uri.UnescapeDataString(redirect.Headers.Location!.OriginalString.Split("shopperToken=")[1]);

        await using var tab = new Browser(development);
        Assert.True((await tab.StartAsync(null, token)).SignedIn);
    }

    [Fact]
    public async Task The_token_verb_prints_a_token_the_server_accepts_and_refuses_without_a_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ShopperTokens.KeySetting] = ShopHost.TokenKey }).Build();
        var output = new StringWriter();

        Assert.Equal(0, ShopperTokenCommand.Run(["--customer", "17850", "--minutes", "5"], configuration, output, TextWriter.Null));

        var check = await ShopperTokens.WithKey(ShopHost.TokenKey, TimeProvider.System).CheckAsync(output.ToString().Trim());
        Assert.Equal(17850, check.CustomerId);

        var error = new StringWriter();
        Assert.Equal(2, ShopperTokenCommand.Run(["--customer", "17850"], new ConfigurationBuilder().Build(), TextWriter.Null, error));
        Assert.Contains(ShopperTokens.KeySetting, error.ToString());
    }
}
