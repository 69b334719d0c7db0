using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;
using ShopAssistant.Bot.Channels;

namespace ShopAssistant.Bot.Tests;

/// <summary>
/// The real CloudAdapter over ReusedConnectors and the configured Bot Framework authentication, with every outbound
/// HTTP request caught by a recording handler instead of a network.
/// </summary>
public sealed class ReusedConnectorsTests
{
    [Fact]
    public async Task Without_an_app_id_replies_carry_no_token_and_nothing_but_the_reply_is_requested()
    {
        var (adapter, http, _) = Unauthenticated();

        await TurnAsync(adapter, "http://127.0.0.1:5999/", "c1");
        await TurnAsync(adapter, "http://127.0.0.1:5999/", "c1");

        Assert.Equal(2, http.Requests.Count);
        Assert.All(http.Requests, r =>
        {
            Assert.Equal("127.0.0.1", r.RequestUri!.Host);
            Assert.StartsWith("/v3/conversations/c1/activities/", r.RequestUri.AbsolutePath);
            Assert.Null(r.Headers.Authorization);
        });
    }

    [Fact]
    public async Task Turns_to_one_service_url_share_one_connector_client_that_survives_each_turn()
    {
        var (adapter, http, reuse) = Unauthenticated();

        for (var turn = 0; turn < 3; turn++) await TurnAsync(adapter, "http://127.0.0.1:5999/", $"c{turn}");

        Assert.Equal(1, http.ClientsMade);
        Assert.Equal(1, reuse.Kept);
        Assert.Equal(3, http.Requests.Count);
    }

    [Fact]
    public async Task Each_service_url_gets_its_own_client()
    {
        var (adapter, http, reuse) = Unauthenticated();

        await TurnAsync(adapter, "http://127.0.0.1:5999/", "c1");
        await TurnAsync(adapter, "http://localhost:6000/", "c2");

        Assert.Equal(2, reuse.Kept);
        Assert.Equal(["127.0.0.1:5999", "localhost:6000"], http.Requests.Select(r => r.RequestUri!.Authority).Order());
    }

    [Fact]
    public async Task Past_the_bound_a_service_url_gets_a_client_for_its_turn_only()
    {
        var (adapter, http, reuse) = Unauthenticated();

        for (var port = 0; port < ReusedConnectors.MaxKept + 3; port++) await TurnAsync(adapter, $"http://127.0.0.1:{7000 + port}/", "c");

        Assert.Equal(ReusedConnectors.MaxKept, reuse.Kept);
        Assert.Equal(ReusedConnectors.MaxKept + 3, http.Requests.Count);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_refused_before_the_bot_runs()
    {
        var http = new RecordingHttp();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5a0f2c64-2b1a-4f47-9d3e-8c1e7b1c0a11", ["MicrosoftAppPassword"] = "not-a-real-secret",
        }).Build();
        var adapter = new CloudAdapter(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: http)));
        var ran = false;

        var status = await TurnAsync(adapter, "http://127.0.0.1:5999/", "c1", () => ran = true);

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.False(ran);
        Assert.Empty(http.Requests);
    }

    private static (CloudAdapter Adapter, RecordingHttp Http, ReusedConnectors Reuse) Unauthenticated()
    {
        var http = new RecordingHttp();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }).Build();
        var reuse = new ReusedConnectors(new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: http));
        return (new CloudAdapter(reuse), http, reuse);
    }

    private static async Task<int> TurnAsync(CloudAdapter adapter, string serviceUrl, string conversationId, Action? onTurn = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), ChannelId = "test", ServiceUrl = serviceUrl, Text = "hello",
            From = new ChannelAccount("shopper"), Recipient = new ChannelAccount("bot"), Conversation = new ConversationAccount(id: conversationId),
        };
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        await adapter.ProcessAsync(context.Request, context.Response, new Echo(onTurn));
        return context.Response.StatusCode;
    }

    private sealed class Echo(Action? onTurn) : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            onTurn?.Invoke();
            return turnContext.SendActivityAsync(MessageFactory.Text("echo"), cancellationToken);
        }
    }

    /// <summary>Every HttpClient the SDK asks for sends through one handler that records the request and answers 200.</summary>
    private sealed class RecordingHttp : HttpMessageHandler, IHttpClientFactory
    {
        public List<HttpRequestMessage> Requests { get; } = [];
        public int ClientsMade { get; private set; }

        public HttpClient CreateClient(string name)
        {
            ClientsMade++;
            return new HttpClient(this, disposeHandler: false);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"r1\"}", Encoding.UTF8, "application/json") });
        }
    }
}
