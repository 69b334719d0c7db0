using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ShopAssistant.Testing;

namespace ShopAssistant.Web.Tests.ScaleOut;

/// <summary>
/// Issue 12 item 6: two real instances (A and B) on one PostgreSQL and one Redis, behind nginx. Skipped, with the reason,
/// where PostgreSQL, Redis or nginx is not installed (.ci/run installs them).
/// </summary>
[RequiresServers(Server.Postgres, Server.Redis, Server.Nginx)]
[Collection(ScaledOutShop.Collection)]
public sealed class TwoInstanceTests(ScaledOutShop shop)
{
    [ServerFact]
    public async Task An_agent_signed_in_on_B_answers_a_web_chat_shopper_connected_to_A_and_B_counts_the_conversation()
    {
        await using var shopper = new WebChatShopper(shop.A.Address);
        var start = await shopper.StartAsync();
        await shopper.SendAsync("转人工");
        Assert.True((bool)shopper.NextAnswer("human_agent").Metadata()["handoff"]!);

        var lily = await SignInAsync(shop.B.Address, "lily", ScaledOutShop.AgentPassword);
        var queue = (await lily.GetFromJsonAsync<JsonArray>(new Uri(shop.B.Address, "/api/handoffs")))!;
        var id = (long)queue.Single(h => ((string)h!["conversationId"]!).EndsWith(start.ConversationId, StringComparison.Ordinal))!["id"]!;
        Expect(HttpStatusCode.NoContent, await lily.PostAsync(new Uri(shop.B.Address, $"/api/handoffs/{id}/claim"), null), shop.B);
        Expect(HttpStatusCode.NoContent, await lily.PostAsJsonAsync(new Uri(shop.B.Address, $"/api/handoffs/{id}/messages"), new { text = "您好，我是客服 Lily。" }), shop.B);

        // B sent it to the conversation's SignalR group; only Redis can carry it to A, where the shopper's socket is.
        var reply = shopper.NextMessage(m => (string?)m["text"] == "您好，我是客服 Lily。");
        Assert.Equal("lily", (string?)reply["channelData"]!["agent"]);

        // The staff cookie B issued is read by A too (data-protection keys shared through Redis).
        Assert.Equal(HttpStatusCode.OK, (await lily.GetAsync(new Uri(shop.A.Address, "/api/handoffs"))).StatusCode);

        var mia = await SignInAsync(shop.B.Address, "mia", ScaledOutShop.ManagerPassword);
        var metrics = (await mia.GetFromJsonAsync<JsonObject>(new Uri(shop.B.Address, "/api/metrics")))!;
        Assert.True((int)metrics["conversations"]! >= 1, metrics.ToJsonString());
        Assert.True((int)metrics["handoffs"]! >= 1, metrics.ToJsonString());
    }

    [ServerFact]
    public async Task The_web_chat_works_through_the_proxy_over_a_websocket()
    {
        await using var shopper = new WebChatShopper(shop.Proxy.Address);
        await shopper.StartAsync();
        await shopper.SendAsync("运费怎么算？");
        Assert.Contains("运费", (string?)shopper.NextAnswer("shipping_policy")["text"]);
    }

    [ServerFact]
    public async Task A_photo_sent_through_the_proxy_is_served_by_either_instance_to_its_shopper()
    {
        await using var shopper = new WebChatShopper(shop.Proxy.Address);
        var start = await shopper.StartAsync();
        var photo = PhotoTests.Jpeg(4 * 1024 * 1024);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(photo), "photo", "big.jpg" }, { new StringContent("zh-CN"), "locale" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri(shop.Proxy.Address, "/api/webchat/photos")) { Content = form };
        upload.Headers.Add("X-Chat-Session", start.Token);

        using var client = new HttpClient();
        var response = await client.SendAsync(upload);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var url = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["photos"]![0]!["url"]!;
        foreach (var instance in new[] { shop.A, shop.B })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(instance.Address, url));
            get.Headers.Add("X-Chat-Session", start.Token);
            Assert.Equal(photo, await (await client.SendAsync(get)).Content.ReadAsByteArrayAsync());
        }
    }

    [ServerFact]
    public async Task Claims_racing_on_A_and_B_have_exactly_one_winner()
    {
        await using var channel = await ChannelListener.StartAsync();
        using var shopper = new HttpClient { BaseAddress = shop.A.Address };
        var lily = await SignInAsync(shop.A.Address, "lily", ScaledOutShop.AgentPassword);
        var bob = await SignInAsync(shop.B.Address, "bob", ScaledOutShop.AgentPassword);
        for (var round = 0; round < 5; round++)
        {
            var conversation = $"c-race-{round}-{Guid.NewGuid():N}";
            (await shopper.PostAsync(Activities.Message(channel.ServiceUrl, conversation, $"guest-race-{round}", "I want to talk to a real person"))).EnsureSuccessStatusCode();
            Assert.True((bool)channel.NextReply(conversation).Metadata()["handoff"]!);
            var queue = (await bob.GetFromJsonAsync<JsonArray>(new Uri(shop.B.Address, "/api/handoffs")))!;
            var id = (long)queue.Single(h => ((string)h!["conversationId"]!).EndsWith(conversation, StringComparison.Ordinal))!["id"]!;

            var claims = await Task.WhenAll(
                lily.PostAsync(new Uri(shop.A.Address, $"/api/handoffs/{id}/claim"), null),
                bob.PostAsync(new Uri(shop.B.Address, $"/api/handoffs/{id}/claim"), null));

            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], claims.Select(c => c.StatusCode).Order());
        }
    }

    [ServerFact]
    public async Task When_A_is_killed_B_answers_the_next_activity_with_the_conversations_state_and_the_web_chat_resumes_through_the_proxy()
    {
        await using var channel = await ChannelListener.StartAsync();
        using var toA = new HttpClient { BaseAddress = shop.A.Address };
        using var toProxy = new HttpClient { BaseAddress = shop.Proxy.Address };
        try
        {
            (await toA.PostAsync(Activities.Message(channel.ServiceUrl, "c-killed", "guest-killed", "转人工"))).EnsureSuccessStatusCode();
            Assert.True((bool)channel.NextReply("c-killed").Metadata()["handoff"]!);
            Assert.Equal("handoff.initiate", (string?)channel.NextReply("c-killed")["name"]);
            await using var chat = new WebChatShopper(shop.A.Address);
            var start = await chat.StartAsync();
            await chat.SendAsync("运费怎么算？");
            chat.NextAnswer("shipping_policy");

            shop.A.Kill();

            // The conversation A started is waiting for a person: B, through the proxy, keeps the shopper with the people.
            (await toProxy.PostAsync(Activities.Message(channel.ServiceUrl, "c-killed", "guest-killed", "好的，谢谢"))).EnsureSuccessStatusCode();
            var holding = channel.NextReply("c-killed").Metadata();
            Assert.Equal("shopper_request", (string?)holding["handoffReason"]);
            Assert.True((bool)holding["handoff"]!);
            // Control: the same words opening a conversation are answered by the bot, without a handoff.
            (await toProxy.PostAsync(Activities.Message(channel.ServiceUrl, "c-fresh", "guest-fresh", "好的，谢谢"))).EnsureSuccessStatusCode();
            Assert.False((bool)channel.NextReply("c-fresh").Metadata()["handoff"]!);
            // B also knows who owns the conversation A saw start.
            Assert.Equal(HttpStatusCode.Forbidden,
                (await toProxy.PostAsync(Activities.Message(channel.ServiceUrl, "c-killed", "mallory", "在吗"))).StatusCode);

            // The browser's reconnect: the token A issued opens the same conversation, with its history, on B.
            await using var reconnected = new WebChatShopper(shop.Proxy.Address);
            var resumed = await reconnected.StartAsync(start.Token);
            Assert.True(resumed.Resumed);
            Assert.Equal(start.ConversationId, resumed.ConversationId);
            Assert.Contains(await reconnected.HistoryAsync(), json => json.Contains("运费怎么算", StringComparison.Ordinal));
        }
        finally
        {
            await shop.RestartAAsync();
        }
    }

    [ServerFact]
    public async Task A_conversation_flooding_both_instances_meets_one_limit_counted_in_redis()
    {
        await using var channel = await ChannelListener.StartAsync();
        using var toA = new HttpClient { BaseAddress = shop.A.Address };
        using var toB = new HttpClient { BaseAddress = shop.B.Address };
        // The counters' windows are whole minutes: start where the burst cannot straddle two of them.
        while (DateTime.UtcNow.Second >= 40) await Task.Delay(1000);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ScaledOutShop.MessagesPerMinute; i++)
            statuses.Add((await (i % 2 == 0 ? toA : toB).PostAsync(Activities.Message(channel.ServiceUrl, "c-flood", "guest-flood", $"hello {i}"))).StatusCode);

        // Counted per instance, each would still allow its half; counted together the limit is met at the 7th message.
        Assert.All(statuses.Take(ScaledOutShop.MessagesPerMinute), s => Assert.True((int)s is >= 200 and < 300, s.ToString()));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [ServerFact]
    public async Task Password_guesses_spread_over_both_instances_meet_one_limit()
    {
        using var toA = new HttpClient { BaseAddress = shop.A.Address };
        using var toB = new HttpClient { BaseAddress = shop.B.Address };
        while (DateTime.UtcNow.Second >= 40) await Task.Delay(1000);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= 10; i++) // the default: 10 failed sign-ins per user name and address per minute
            statuses.Add((await (i % 2 == 0 ? toA : toB).PostAsJsonAsync("/api/auth/login", new { userName = "bob", password = $"guess-{i}" })).StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static void Expect(HttpStatusCode expected, HttpResponseMessage response, ShopProcess instance) =>
        Assert.True(response.StatusCode == expected, $"{response.StatusCode} instead of {expected}; the instance's log:\n{instance.RecentOutput}");

    /// <summary>A staff member's client: the cookie is kept per host (127.0.0.1), so it goes to A and B alike.</summary>
    private static async Task<HttpClient> SignInAsync(Uri server, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        (await client.PostAsJsonAsync(new Uri(server, "/api/auth/login"), new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }
}
