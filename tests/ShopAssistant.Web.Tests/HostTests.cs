using System.Net;

namespace ShopAssistant.Web.Tests;

public sealed class HostTests : IClassFixture<ShopHostFixture>
{
    private readonly ShopHost _host;
    private readonly HttpClient _client;

    public HostTests(ShopHostFixture fixture) => (_host, _client) = (fixture.Host, fixture.Host.CreateClient());

    [Fact]
    public async Task Liveness_and_readiness_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
        // Ready once the intent model and the knowledge index are loaded (seconds; more when the model has to train).
        var ready = await _client.GetAsync("/health/ready");
        for (var i = 0; i < 720 && ready.StatusCode != HttpStatusCode.OK; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("\"warm-up\"", await ready.Content.ReadAsStringAsync());
            await Task.Delay(250);
            ready = await _client.GetAsync("/health/ready");
        }
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"products\":", body);
        Assert.Contains("\"assistant\":{\"state\":\"ready\"", body);
    }

    [Fact]
    public async Task The_chat_page_is_served_at_the_root_in_both_languages()
    {
        var page = await _client.GetStringAsync("/");
        Assert.Contains("暖居英伦家居礼品店", page);
        Assert.Contains("chat.js", page);
        var script = await _client.GetStringAsync("/chat.js");
        Assert.Contains("Hearth & Gift", script);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_bot_endpoint_to_staff_only_outside_development()
    {
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await _client.GetAsync("/openapi/v1.json")).StatusCode);
        var staff = await _host.SignedInAsync("lily", ShopHost.AgentPassword);
        var document = await staff.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/messages", document);
    }
}

public sealed class ShopHostFixture : IDisposable
{
    public ShopHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
