using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ShopAssistant.Web.Tests;

/// <summary>The shopper web chat: the same bot over SignalR through the web chat adapter.</summary>
public sealed class WebChatTests
{
    private sealed record Start(string Token, string ConversationId, bool Resumed);

    private sealed class Shopper : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly BlockingCollection<JsonObject> _activities = [];

        public Shopper(ShopHost host)
        {
            _connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/webchat")).Build().PatientUnderLoad();
            _connection.On<string>("activity", json => _activities.Add(JsonNode.Parse(json)!.AsObject()));
        }

        public async Task<Start> StartAsync(string? token, string locale)
        {
            await _connection.StartAsync();
            return await _connection.InvokeAsync<Start>("Start", token, locale);
        }

        public Task SendAsync(string text) => _connection.InvokeAsync("Send", text, "en-US");

        public Task AddToCartAsync(string stockCode) => _connection.InvokeAsync("AddToCart", stockCode, "en-US");

        public Task<List<string>> HistoryAsync() => _connection.InvokeAsync<List<string>>("History");

        public JsonObject NextMessage()
        {
            while (_activities.TryTake(out var activity, TimeSpan.FromSeconds(20)))
                if ((string?)activity["type"] == "message") return activity;
            throw new TimeoutException("No message from the bot.");
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_new_shopper_is_greeted_with_suggested_actions_and_gets_answers_with_metadata()
    {
        await using var host = new ShopHost();
        await using var shopper = new Shopper(host);

        var start = await shopper.StartAsync(null, "zh-CN");
        Assert.False(start.Resumed);
        var welcome = shopper.NextMessage();
        Assert.Contains("暖居英伦家居礼品店", (string?)welcome["text"]);
        Assert.NotEmpty(welcome["suggestedActions"]!["actions"]!.AsArray());

        await shopper.SendAsync("where is order 536367?");
        var reply = shopper.NextMessage();
        Assert.Contains("last 4 digits", (string?)reply["text"]);
        Assert.Equal("order_status", (string?)reply["channelData"]!["shopAssistant"]!["intent"]);
    }

    [Fact]
    public async Task Recommendation_cards_offer_details_and_add_to_cart_and_an_add_is_confirmed()
    {
        await using var host = new ShopHost();
        await using var shopper = new Shopper(host);
        await shopper.StartAsync(null, "en-US");
        shopper.NextMessage();

        await shopper.SendAsync("Gift ideas");
        var replyToAsk = shopper.NextMessage();
        var cards = replyToAsk["attachments"]?.AsArray() ?? [];
        Assert.True(cards.Count > 0, replyToAsk.ToJsonString());
        Assert.All(cards, card =>
        {
            var buttons = card!["content"]!["buttons"]!.AsArray();
            Assert.Equal(["See details", "Add to cart"], buttons.Select(b => (string?)b!["title"]));
            Assert.Equal(["product_click", "add_to_cart"], buttons.Select(b => (string?)b!["value"]!["action"]));
        });

        var code = (string)cards[0]!["content"]!["buttons"]![1]!["value"]!["stockCode"]!;
        await shopper.AddToCartAsync(code);
        Assert.Contains("to your cart", (string?)shopper.NextMessage()["text"]);
    }

    [Fact]
    public async Task A_reload_after_a_server_restart_resumes_the_conversation_with_its_history()
    {
        Start first;
        string dataFolder;
        await using (var host = new ShopHost())
        {
            dataFolder = host.DataFolder;
            await using var shopper = new Shopper(host);
            first = await shopper.StartAsync(null, "en-US");
            shopper.NextMessage();
            await shopper.SendAsync("hello there");
            shopper.NextMessage();
        }

        // Data protection keys must survive the restart too, or the browser's token would be worthless.
        await using var restarted = new ShopHost(dataFolder);
        await using var again = new Shopper(restarted);
        var resumed = await again.StartAsync(first.Token, "en-US");

        Assert.True(resumed.Resumed);
        Assert.Equal(first.ConversationId, resumed.ConversationId);
        var history = (await again.HistoryAsync()).Select(j => (string?)JsonNode.Parse(j)!["text"]).ToList();
        Assert.Equal(3, history.Count);
        Assert.Equal("hello there", history[1]);
    }

    [Fact]
    public async Task A_forged_token_starts_a_new_conversation_instead_of_joining_another()
    {
        await using var host = new ShopHost();
        await using var shopper = new Shopper(host);

        var start = await shopper.StartAsync("not-a-real-token", "en-US");

        Assert.False(start.Resumed);
        Assert.Empty((await shopper.HistoryAsync()).Skip(1));
    }

    [Fact]
    public async Task An_over_long_message_is_refused_with_a_clear_error()
    {
        await using var host = new ShopHost();
        await using var shopper = new Shopper(host);
        await shopper.StartAsync(null, "en-US");

        var error = await Assert.ThrowsAsync<HubException>(() => shopper.SendAsync(new string('x', 10_001)));
        Assert.Contains("at most 10000 characters", error.Message);
    }
}
