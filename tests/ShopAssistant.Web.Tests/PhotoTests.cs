using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// Issue 14: shoppers send photos. Limits (sniffed type, size, counts, broken data), access (the conversation's shopper and
/// staff only), what the bot does with them (a damage report with photos goes to a person, with the photos), and erasure.
/// </summary>
public sealed class PhotoTests : IClassFixture<PhotoTests.Fixture>
{
    public const int CapPerConversation = 3;

    public sealed class Fixture : IAsyncLifetime
    {
        public ShopHost Host { get; } = new(settings: new Dictionary<string, string?> { ["ShopAssistant:Photos:MaxPerConversation"] = $"{CapPerConversation}" });
        public ChannelListener Channel { get; private set; } = null!;

        public async Task InitializeAsync() => Channel = await ChannelListener.StartAsync();

        public async Task DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Host.DisposeAsync();
        }
    }

    private readonly Fixture _f;

    public PhotoTests(Fixture fixture) => _f = fixture;

    private ShopHost Host => _f.Host;

    public static byte[] Png(int size = 64) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[Math.Max(0, size - 8)]];
    public static byte[] Jpeg(int size = 64) => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[Math.Max(0, size - 4)]];
    public static byte[] Webp(int size = 64) => [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. new byte[Math.Max(0, size - 12)]];

    /// <summary>A browser's web chat: its hub connection (session token, conversation, the bot's messages) and its HTTP uploads.</summary>
    public sealed class ChatShopper(ShopHost host, string locale = "en-US") : IAsyncDisposable
    {
        private readonly HubConnection _hub = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/webchat")).Build().PatientUnderLoad();
        private readonly BlockingCollection<JsonObject> _messages = [];

        public string Token { get; private set; } = "";
        public string ConversationId { get; private set; } = "";

        public async Task<ChatShopper> StartAsync()
        {
            _hub.On<string>("activity", json => { if (JsonNode.Parse(json) is JsonObject { } a && (string?)a["type"] == "message") _messages.Add(a); });
            await _hub.StartAsync();
            var start = await _hub.InvokeAsync<JsonObject>("Start", null, locale);
            (Token, ConversationId) = ((string)start["token"]!, (string)start["conversationId"]!);
            NextMessage(); // the welcome
            return this;
        }

        public async Task<JsonObject> SayAsync(string text)
        {
            await _hub.InvokeAsync("Send", text, locale);
            return NextMessage();
        }

        public Task<HttpResponseMessage> UploadAsync(string? text, params byte[][] photos) => UploadAsync(text, "image/png", photos);

        public async Task<HttpResponseMessage> UploadAsync(string? text, string declaredType, params byte[][] photos)
        {
            using var form = new MultipartFormDataContent();
            foreach (var photo in photos)
            {
                var file = new ByteArrayContent(photo);
                file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
                form.Add(file, "photo", "photo.png");
            }
            if (text is not null) form.Add(new StringContent(text), "text");
            form.Add(new StringContent(locale), "locale");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/photos") { Content = form };
            request.Headers.Add("X-Chat-Session", Token);
            return await host.CreateClient().SendAsync(request);
        }

        public Task<HttpResponseMessage> GetPhotoAsync(string url)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("X-Chat-Session", Token);
            return host.CreateClient().SendAsync(request);
        }

        public Task<List<string>> HistoryAsync() => _hub.InvokeAsync<List<string>>("History");

        public JsonObject NextMessage() =>
            _messages.TryTake(out var message, TimeSpan.FromSeconds(60)) ? message : throw new TimeoutException("No message from the bot.");

        public ValueTask DisposeAsync() => _hub.DisposeAsync();
    }

    private static async Task<string> UrlOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (string)body["photos"]![0]!["url"]!;
    }

    private static async Task<string> DetailOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!;
    }

    private Task<IReadOnlyList<PhotoInfo>> StoredAsync(string conversation) => Host.Services.GetRequiredService<IPhotoStore>().ListAsync(conversation);

    [Fact]
    public async Task A_photo_alone_is_kept_asked_about_and_shown_back_to_its_shopper_only()
    {
        await using var shopper = await new ChatShopper(Host).StartAsync();
        var photo = Png(300);

        var url = await UrlOfAsync(await shopper.UploadAsync(null, photo));

        var reply = shopper.NextMessage();
        Assert.Contains("What would you like us to look at", (string?)reply["text"]);
        Assert.False((bool)reply.Metadata()["handoff"]!);
        Assert.DoesNotContain(await Host.Services.GetRequiredService<IHandoffStore>().ListAsync(null, 100), h => h.ConversationId == shopper.ConversationId);
        // The transcript keeps the shop's link, not the image; the page's history shows it.
        var sent = JsonNode.Parse((await shopper.HistoryAsync()).First(h => h.Contains("/api/photos/")))!;
        Assert.Equal(url, (string?)sent["attachments"]![0]!["contentUrl"]);
        Assert.Equal("image/png", (string?)sent["attachments"]![0]!["contentType"]);

        var own = await shopper.GetPhotoAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(photo, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
        Assert.Contains("private", own.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());

        // Another shopper, a stranger with a made-up session, and nobody at all: never the photo.
        await using var other = await new ChatShopper(Host).StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetPhotoAsync(url)).StatusCode);
        var forged = new HttpRequestMessage(HttpMethod.Get, url);
        forged.Headers.Add("X-Chat-Session", shopper.ConversationId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.CreateClient().SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.CreateClient().GetAsync(url)).StatusCode);
        // Staff, signed in: agents and managers.
        var agent = await Host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(photo, await agent.GetByteArrayAsync(url));
        var manager = await Host.SignedInAsync("mia", ShopHost.ManagerPassword);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/photos/no-such-photo")).StatusCode);
    }

    [Fact]
    public async Task The_type_is_sniffed_from_the_bytes_never_taken_from_the_declaration()
    {
        await using var shopper = await new ChatShopper(Host).StartAsync();

        var jpegCalledPng = await shopper.GetPhotoAsync(await UrlOfAsync(await shopper.UploadAsync(null, "image/png", Jpeg())));
        Assert.Equal("image/jpeg", jpegCalledPng.Content.Headers.ContentType!.MediaType);
        shopper.NextMessage();
        var webp = await shopper.GetPhotoAsync(await UrlOfAsync(await shopper.UploadAsync(null, "application/octet-stream", Webp())));
        Assert.Equal("image/webp", webp.Content.Headers.ContentType!.MediaType);
        shopper.NextMessage();

        var html = "<html><script>alert(1)</script></html>"u8.ToArray();
        Assert.Contains("JPEG, PNG or WebP", await DetailOfAsync(await shopper.UploadAsync(null, "image/png", html)));
        var gif = "GIF89a\x01\0\x01\0"u8.ToArray();
        Assert.Contains("JPEG, PNG or WebP", await DetailOfAsync(await shopper.UploadAsync(null, "image/gif", gif)));
        Assert.Equal(2, (await StoredAsync(shopper.ConversationId)).Count);
    }

    [Fact]
    public async Task Empty_oversized_and_too_many_photos_are_refused_politely_and_change_nothing()
    {
        await using var shopper = await new ChatShopper(Host, "zh-CN").StartAsync();
        var transcript = await Host.Services.GetRequiredService<ITranscriptLog>().ReadAsync(shopper.ConversationId);

        Assert.Contains("图片是空的", await DetailOfAsync(await shopper.UploadAsync(null, [])));
        Assert.Contains("不能超过 5 MB", await DetailOfAsync(await shopper.UploadAsync(null, Jpeg(5 * 1024 * 1024 + 1))));
        Assert.Contains("一次最多发送 3 张", await DetailOfAsync(await shopper.UploadAsync(null, Png(), Png(), Png(), Png())));

        Assert.Empty(await StoredAsync(shopper.ConversationId));
        Assert.Equal(transcript.Count, (await Host.Services.GetRequiredService<ITranscriptLog>().ReadAsync(shopper.ConversationId)).Count);

        // Exactly 5 MB is allowed; the conversation's cap (3 here) holds across messages.
        await UrlOfAsync(await shopper.UploadAsync(null, Jpeg(5 * 1024 * 1024), Png()));
        shopper.NextMessage();
        await UrlOfAsync(await shopper.UploadAsync(null, Png()));
        shopper.NextMessage();
        Assert.Contains("最多可以发送 3 张照片", await DetailOfAsync(await shopper.UploadAsync(null, Png())));
        Assert.Equal(3, (await StoredAsync(shopper.ConversationId)).Count);
    }

    [Fact]
    public async Task A_session_is_needed_to_upload()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Png()), "photo", "p.png" } };
        var response = await Host.CreateClient().PostAsync("/api/webchat/photos", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Photos_after_a_damage_report_go_to_a_person_with_the_handoff_and_later_photos_go_to_the_agent()
    {
        await using var shopper = await new ChatShopper(Host).StartAsync();
        var report = await shopper.SayAsync("the mug I received arrived cracked");
        Assert.False((bool)report.Metadata()["handoff"]!);

        var url = await UrlOfAsync(await shopper.UploadAsync(null, Jpeg()));

        var reply = shopper.NextMessage();
        Assert.Contains("look at them", (string?)reply["text"]);
        Assert.True((bool)reply.Metadata()["handoff"]!);
        Assert.Equal("damaged_goods", (string?)reply.Metadata()["handoffReason"]);
        Assert.Equal("quality_issue", (string?)reply.Metadata()["intent"]);
        var handoff = Assert.Single(await Host.Services.GetRequiredService<IHandoffStore>().ListAsync(null, 100), h => h.ConversationId == shopper.ConversationId);

        // While the team has it, a further photo goes to them: no second handoff, and the console shows both.
        var second = await UrlOfAsync(await shopper.UploadAsync("another angle", Png()));
        var agent = await Host.SignedInAsync("lily", ShopHost.AgentPassword);
        var detail = (await agent.GetFromJsonAsync<JsonObject>($"/api/handoffs/{handoff.Id}"))!;
        Assert.Equal([url, second], detail["photos"]!.AsArray().Select(p => (string?)p!["url"]));
        Assert.Contains(detail["transcript"]!.AsArray(), m => m!["photos"]!.AsArray().Select(p => (string?)p).Contains(url));
        Assert.Contains(detail["transcript"]!.AsArray(), m => (string?)m!["text"] == "another angle" && m["photos"]!.AsArray().Count == 1);
        Assert.Single(await Host.Services.GetRequiredService<IHandoffStore>().ListAsync(null, 100), h => h.ConversationId == shopper.ConversationId);
    }

    [Fact]
    public async Task A_photo_with_a_damage_report_in_the_same_message_hands_over_at_once()
    {
        await using var shopper = await new ChatShopper(Host, "zh-CN").StartAsync();

        await UrlOfAsync(await shopper.UploadAsync("杯子收到就碎了", Jpeg()));

        var reply = shopper.NextMessage();
        Assert.Contains("客服会查看照片", (string?)reply["text"]);
        Assert.Equal("damaged_goods", (string?)reply.Metadata()["handoffReason"]);
    }

    private JsonObject ChannelPhoto(string conversation, string from, string text, string contentUrl, string contentType = "image/png")
    {
        var activity = Activities.Message(_f.Channel.ServiceUrl, conversation, from, text, shopperToken: from == "17850" ? Host.ShopperToken(17850) : null);
        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = contentType, ["contentUrl"] = contentUrl });
        return activity;
    }

    private static string DataUri(byte[] bytes, string type = "image/png") => $"data:{type};base64,{Convert.ToBase64String(bytes)}";

    [Fact]
    public async Task A_channel_photo_as_a_data_uri_is_kept_as_a_link_and_only_the_signed_in_customer_and_staff_see_it()
    {
        var client = Host.CreateClient();
        var photo = Png(2000);

        var response = await client.PostAsync(ChannelPhoto("c-photo", "17850", "my lamp arrived broken, photo attached", DataUri(photo)));

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        var reply = _f.Channel.NextReply("c-photo");
        Assert.Equal("damaged_goods", (string?)reply.Metadata()["handoffReason"]);
        Assert.Contains("look at them", (string?)reply["text"]);
        var stored = Assert.Single(await StoredAsync("test-channel:c-photo"));
        var transcript = await Host.Services.GetRequiredService<ITranscriptLog>().ReadAsync("test-channel:c-photo");
        Assert.Contains(transcript, t => t.ActivityJson.Contains("/api/photos/" + stored.Id));
        Assert.DoesNotContain(transcript, t => t.ActivityJson.Contains("base64"));
        // The handoff.initiate event the channel receives names the photos it carries.
        var initiate = _f.Channel.NextReply("c-photo");
        Assert.Equal("handoff.initiate", (string?)initiate["name"]);
        Assert.Equal("/api/photos/" + stored.Id, (string?)initiate["value"]!["photos"]![0]);

        var url = "/api/photos/" + stored.Id;
        var mine = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new("Bearer", Host.ShopperToken(17850)) } };
        Assert.Equal(photo, await (await client.SendAsync(mine)).Content.ReadAsByteArrayAsync());
        var someoneElse = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new("Bearer", Host.ShopperToken(13047)) } };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(someoneElse)).StatusCode);
        var forged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new("Bearer", "17850") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Channel_photos_that_are_links_broken_base64_or_not_images_get_400_in_the_shoppers_language_and_nothing_is_stored()
    {
        var client = Host.CreateClient();
        var cases = new (JsonObject Activity, string Says)[]
        {
            (ChannelPhoto("c-bad-1", "guest-1", "look", "http://169.254.169.254/latest/meta-data"), "can't open images sent as links"),
            (ChannelPhoto("c-bad-2", "guest-1", "look", "data:image/png;base64,%%%not-base64"), "damaged in transit"),
            (ChannelPhoto("c-bad-3", "guest-1", "look", DataUri("GIF89a"u8.ToArray(), "image/png")), "JPEG, PNG or WebP"),
            (ChannelPhoto("c-bad-4", "guest-1", "look", DataUri([])), "empty"),
        };
        foreach (var (activity, says) in cases)
        {
            activity["locale"] = "en-US";
            var response = await client.PostAsync(activity);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(says, await response.Content.ReadAsStringAsync());
            var conversation = "test-channel:" + (string)activity["conversation"]!["id"]!;
            Assert.Empty(await StoredAsync(conversation));
            Assert.Empty(await Host.Services.GetRequiredService<ITranscriptLog>().ReadAsync(conversation));
        }
        var chinese = ChannelPhoto("c-bad-5", "guest-1", "看", "https://example.com/a.png");
        chinese["locale"] = "zh-CN";
        Assert.Contains("无法打开链接形式的图片", await (await client.PostAsync(chinese)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Erasing_a_shopper_removes_their_photos_and_the_export_lists_them_first()
    {
        var client = Host.CreateClient();
        Assert.True((await client.PostAsync(ChannelPhoto("c-erase", "shopper-photo-erase", "hello", DataUri(Png())))).IsSuccessStatusCode);
        _f.Channel.NextReply("c-erase");
        var photo = Assert.Single(await StoredAsync("test-channel:c-erase"));
        var manager = await Host.SignedInAsync("mia", ShopHost.ManagerPassword);

        var export = (await manager.GetFromJsonAsync<JsonObject>("/api/shoppers/shopper-photo-erase/export"))!;
        var listed = Assert.Single(export["photos"]!.AsArray())!;
        Assert.Equal(photo.Id, (string?)listed["id"]);
        Assert.Equal("image/png", (string?)listed["content_type"]);
        Assert.Equal(64, (int)listed["size_bytes"]!);
        Assert.NotNull(listed["at_ms"]);

        var erased = (await manager.DeleteFromJsonAsync<JsonObject>("/api/shoppers/shopper-photo-erase"))!;
        Assert.Equal(1, (int)erased["photos"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/photos/" + photo.Id)).StatusCode);
    }
}
