using System.Net;
using System.Text.Json.Nodes;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web.Tests;

/// <summary>POST /api/messages over real HTTP, with the replies caught by a loopback channel.</summary>
public sealed class BotEndpointTests : IClassFixture<BotEndpointTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ShopHost Host { get; } = new();
        public ChannelListener Channel { get; private set; } = null!;
        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Channel = await ChannelListener.StartAsync();
            Client = Host.CreateClient();
        }

        public async Task DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Host.DisposeAsync();
        }
    }

    // Demo customers from data/: 17850's most recent order is 536791; 536367 belongs to customer 13047.
    private const string KnownShopper = "17850";
    private const int OtherShoppersOrder = 536367;
    private const int OtherShopper = 13047;

    private readonly Fixture _f;

    public BotEndpointTests(Fixture fixture) => _f = fixture;

    /// <summary>From the known shopper (17850) the message carries their shopper token: signed in. Other senders are guests.</summary>
    private async Task<JsonObject> SayAsync(string conversationId, string from, string text)
    {
        var token = from == KnownShopper ? _f.Host.ShopperToken(int.Parse(KnownShopper)) : null;
        var response = await _f.Client.PostAsync(Activities.Message(_f.Channel.ServiceUrl, conversationId, from, text, shopperToken: token));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        return _f.Channel.NextReply(conversationId);
    }

    [Fact]
    public async Task A_known_shoppers_question_is_answered_at_the_service_url_with_reply_metadata()
    {
        var reply = await SayAsync("c-known", KnownShopper, "我的订单到哪了？");

        Assert.Equal("message", (string?)reply["type"]);
        Assert.Contains("536791", (string?)reply["text"]);
        Assert.Contains("暖居英伦家居礼品店", (string?)reply["text"]);
        var metadata = reply.Metadata();
        Assert.Equal("order_status", (string?)metadata["intent"]);
        Assert.Equal("zh", (string?)metadata["language"]);
        Assert.Equal("offline", (string?)metadata["policy"]);
        Assert.False((bool)metadata["handoff"]!);
        Assert.IsType<JsonArray>(metadata["sources"]);
        Assert.IsType<JsonArray>(metadata["products"]);
        Assert.True((double)metadata["confidence"]! is > 0 and <= 1);
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_clear_message()
    {
        var response = await _f.Client.PostAsync("/api/messages", new StringContent("{\"type\": \"message\", ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_activity_without_a_conversation_gets_400_saying_so()
    {
        var activity = Activities.Message(_f.Channel.ServiceUrl, "x", "guest", "hi");
        activity.Remove("conversation");

        var response = await _f.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_text_gets_a_polite_reply()
    {
        var reply = await SayAsync("c-empty", "guest-empty", "");

        Assert.Contains("didn't receive", (string?)reply["text"]);
        Assert.Equal("other", (string?)reply.Metadata()["intent"]);
    }

    [Fact]
    public async Task A_ten_thousand_character_message_gets_a_polite_reply()
    {
        var reply = await SayAsync("c-huge", "guest-huge", new string('啊', 10_000));

        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.Equal("zh", (string?)reply.Metadata()["language"]);
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        var response = await _f.Client.PostAsync(Activities.Message(_f.Channel.ServiceUrl, "c-unknown", "guest-x", "hello", type: "somethingNew"));

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(_f.Channel.HasNoReply("c-unknown", TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Another_shoppers_order_is_refused_exactly_like_an_order_that_does_not_exist()
    {
        var other = await SayAsync("c-other", KnownShopper, $"where is order {OtherShoppersOrder}");
        var missing = await SayAsync("c-missing", KnownShopper, "where is order 999999");

        var text = (string)other["text"]!;
        Assert.Equal(((string)missing["text"]!).Replace("999999", "N"), text.Replace(OtherShoppersOrder.ToString(), "N"));
        Assert.DoesNotContain("¥", text);
        Assert.DoesNotContain("SF", text);
        Assert.DoesNotContain(DemoShopImporter.SyntheticPhone(OtherShopper)[^4..], text);
    }

    [Fact]
    public async Task A_guest_sees_an_order_only_with_the_right_phone_digits()
    {
        var right = DemoShopImporter.SyntheticPhone(OtherShopper)[^4..];
        var wrong = right == "0000" ? "1111" : "0000";

        var asked = await SayAsync("c-guest", "guest-1", $"order {OtherShoppersOrder}");
        Assert.Contains("last 4 digits", (string?)asked["text"]);

        var refused = await SayAsync("c-guest", "guest-1", wrong);
        Assert.DoesNotContain("¥", (string?)refused["text"]);

        var granted = await SayAsync("c-guest", "guest-1", $"order {OtherShoppersOrder}, last 4 digits {right}");
        Assert.Contains("¥", (string?)granted["text"]);
        Assert.Contains(OtherShoppersOrder.ToString(), (string?)granted["text"]);
    }
}
