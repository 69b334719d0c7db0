using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// Issue 11 on /api/messages: who a shopper is (a signed token, never from.id), which channels may be answered, whose a
/// conversation is, and bad shapes. Every test here failed before the fix (the row it covers says how).
/// </summary>
public sealed class ChannelTrustTests : IClassFixture<ChannelTrustTests.Fixture>
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

    private const int Order = 536367;          // customer 13047's
    private static readonly string RightDigits = DemoShopImporter.SyntheticPhone(13047)[^4..];

    private readonly Fixture _f;

    public ChannelTrustTests(Fixture fixture) => _f = fixture;

    private JsonObject Message(string conversation, string from, string text, string? token = null) =>
        Activities.Message(_f.Channel.ServiceUrl, conversation, from, text, shopperToken: token);

    private async Task<string> SayAsync(JsonObject activity)
    {
        var response = await _f.Client.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (string)_f.Channel.NextReply((string)activity["conversation"]!["id"]!)["text"]!;
    }

    [Fact]
    public async Task A_customer_id_in_from_id_without_a_token_is_a_guest()
    {
        // Before: "where is my order?" from from.id 13047 listed customer 13047's orders with their waybills.
        var reply = await SayAsync(Message("c-impostor", "13047", "where is my order?"));

        Assert.DoesNotContain(Order.ToString(), reply);
        Assert.DoesNotContain("¥", reply);
        Assert.Contains("order number", reply);
    }

    [Fact]
    public async Task A_signed_token_makes_the_shopper_that_customer_whatever_from_id_says()
    {
        var reply = await SayAsync(Message("c-signed", "any-channel-user", "where is my order?", _f.Host.ShopperToken(17850)));

        Assert.Contains("536791", reply);
    }

    [Fact]
    public async Task A_forged_expired_or_unsigned_token_is_refused_with_401_and_nothing_is_answered()
    {
        var forged = Bot.Trust.ShopperTokens.WithKey("another-key-that-is-long-enough-0123456789", _f.Host.Clock).Issue(13047, TimeSpan.FromHours(1));
        // Issued five minutes ago for one minute, on a clock of its own: the shared host's clock stays where it is.
        var fiveMinutesAgo = new FakeTimeProvider(_f.Host.Clock.GetUtcNow() - TimeSpan.FromMinutes(5));
        var expired = Bot.Trust.ShopperTokens.WithKey(ShopHost.TokenKey, fiveMinutesAgo).Issue(13047, TimeSpan.FromMinutes(1));
        var parts = _f.Host.ShopperToken(17850).Split('.');
        var unsigned = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        var tampered = parts[0] + "." + Base64Url($$"""{"sub":"13047","exp":{{_f.Host.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds()}}}""") + "." + parts[2];
        foreach (var (name, token) in new[] { ("forged", forged), ("expired", expired), ("unsigned", unsigned), ("tampered", tampered), ("garbage", "not-a-jwt") })
        {
            var response = await _f.Client.PostAsync(Message("c-bad-token-" + name, "13047", "where is my order?", token));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: HTTP {(int)response.StatusCode}");
            Assert.Contains("shopper token", await response.Content.ReadAsStringAsync());
            Assert.True(_f.Channel.HasNoReply("c-bad-token-" + name, TimeSpan.FromMilliseconds(200)), name);
        }
    }

    private static string Base64Url(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task Replies_go_only_to_allowed_service_urls_without_an_app_id()
    {
        // Before: the bot posted its reply to whatever serviceUrl the caller named.
        var activity = Activities.Message("http://10.20.30.40:8080/", "c-elsewhere", "guest-e", "hello");

        var response = await _f.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("AllowedServiceUrls", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_conversation_belongs_to_its_shopper_others_get_403_and_never_its_data()
    {
        // Before: another caller reusing the conversation id read the order its owner had verified.
        var granted = await SayAsync(Message("c-owned", "guest-owner", $"order {Order}, last 4 digits {RightDigits}"));
        Assert.Contains("¥", granted);

        var stranger = await _f.Client.PostAsync(Message("c-owned", "guest-stranger", $"where is order {Order}?"));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.True(_f.Channel.HasNoReply("c-owned", TimeSpan.FromMilliseconds(500)));

        var otherCustomer = await _f.Client.PostAsync(Message("c-owned", "guest-owner", "where is my order?", _f.Host.ShopperToken(17850)));
        Assert.Equal(HttpStatusCode.Forbidden, otherCustomer.StatusCode);

        // The same conversation id on another channel is another conversation: nothing verified there.
        var elsewhere = Message("c-owned", "guest-stranger", $"where is order {Order}?");
        elsewhere["channelId"] = "another-channel";
        var reply = await SayAsync(elsewhere);
        Assert.DoesNotContain("¥", reply);
        Assert.Contains("last 4 digits", reply);
    }

    [Fact]
    public async Task Agents_see_a_customers_orders_only_for_a_verified_customer()
    {
        var agent = await _f.Host.SignedInAsync("lily", ShopHost.AgentPassword);
        await SayAsync(Message("c-human-guest", "17850", "I want to talk to a real person"));
        _f.Channel.NextReply("c-human-guest"); // handoff.initiate

        var queue = (await agent.GetFromJsonAsync<JsonArray>("/api/handoffs"))!;
        var id = (long)queue.Single(h => (string?)h!["conversationId"] == "test-channel:c-human-guest")!["id"]!;
        var detail = (await agent.GetFromJsonAsync<JsonObject>($"/api/handoffs/{id}"))!;
        Assert.Empty(detail["recentOrders"]!.AsArray());
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        // Before: the same activity id posted twice got two answers and two transcript entries.
        var activity = Message("c-redelivered", "guest-r", "what is your return policy?");
        await SayAsync(activity);

        var again = await _f.Client.PostAsync(activity);

        Assert.True(again.IsSuccessStatusCode);
        Assert.True(_f.Channel.HasNoReply("c-redelivered", TimeSpan.FromSeconds(1)));
        var transcript = await _f.Host.Services.GetRequiredService<ITranscriptLog>().ReadAsync("test-channel:c-redelivered");
        Assert.Equal(["in", "out"], transcript.Select(t => t.Direction));
    }

    public static TheoryData<string, string> BadShapes => new()
    {
        // Before: the first three were 500s, the long text was accepted.
        { "conversation-string", """{"type":"message","id":"1","channelId":"test-channel","serviceUrl":"SERVICE","from":{"id":"g"},"conversation":"c-x","text":"hi"}""" },
        { "type-object", """{"type":{"a":1},"id":"1","channelId":"test-channel","serviceUrl":"SERVICE","from":{"id":"g"},"conversation":{"id":"c-x"},"text":"hi"}""" },
        { "no-service-url", """{"type":"message","id":"1","channelId":"test-channel","from":{"id":"g"},"conversation":{"id":"c-x"},"text":"hi"}""" },
        { "text-number", """{"type":"message","id":"1","channelId":"test-channel","serviceUrl":"SERVICE","from":{"id":"g"},"conversation":{"id":"c-x"},"text":12}""" },
        { "array-body", """[{"type":"message"}]""" },
        { "webchat-channel", """{"type":"message","id":"1","channelId":"webchat","serviceUrl":"SERVICE","from":{"id":"g"},"conversation":{"id":"web-x"},"text":"hi"}""" },
        { "too-long", """{"type":"message","id":"1","channelId":"test-channel","serviceUrl":"SERVICE","from":{"id":"g"},"conversation":{"id":"c-x"},"text":"LONG"}""" },
    };

    [Theory]
    [MemberData(nameof(BadShapes))]
    public async Task Badly_shaped_activities_get_400_with_a_reason(string name, string body)
    {
        body = body.Replace("SERVICE", _f.Channel.ServiceUrl).Replace("LONG", new string('a', 10_001));
        var response = await _f.Client.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: HTTP {(int)response.StatusCode}");
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Configured service URLs replace the loopback default; the bot posts nothing to one that is not listed.</summary>
public sealed class ServiceUrlAllowListTests
{
    [Fact]
    public async Task Only_configured_service_urls_are_answered()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var strict = new ShopHost(settings: new Dictionary<string, string?> { ["ShopAssistant:Channels:AllowedServiceUrls:0"] = "https://channel.example/api/" });

        var refused = await strict.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-strict", "guest-s", "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(channel.HasNoReply("c-strict", TimeSpan.FromSeconds(1)));

        await using var listed = new ShopHost(settings: new Dictionary<string, string?> { ["ShopAssistant:Channels:AllowedServiceUrls:0"] = channel.ServiceUrl });
        Assert.True((await listed.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-listed", "guest-s", "hello"))).IsSuccessStatusCode);
        channel.NextReply("c-listed");
    }
}
