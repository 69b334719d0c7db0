using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ShopAssistant.Web.Tests.ScaleOut;

public sealed record WebChatStart(string Token, string ConversationId, bool Resumed);

/// <summary>A shopper's web chat as the page opens it: one WebSocket, no negotiation step (so no proxy stickiness).</summary>
public sealed class WebChatShopper : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly BlockingCollection<JsonObject> _activities = [];

    public WebChatShopper(Uri server)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/webchat"), o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .Build();
        _connection.On<string>("activity", json => _activities.Add(JsonNode.Parse(json)!.AsObject()));
    }

    public async Task<WebChatStart> StartAsync(string? token = null)
    {
        await _connection.StartAsync();
        return await _connection.InvokeAsync<WebChatStart>("Start", token, "zh-CN");
    }

    public Task SendAsync(string text) => _connection.InvokeAsync("Send", text, "zh-CN");

    public Task<List<string>> HistoryAsync() => _connection.InvokeAsync<List<string>>("History");

    /// <summary>The next message activity that is wanted, skipping the welcome, typing indicators and events.</summary>
    public JsonObject NextMessage(Func<JsonObject, bool> wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_activities.TryTake(out var activity, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
            if ((string?)activity["type"] == "message" && wanted(activity)) return activity;
        throw new TimeoutException("The wanted message did not reach the web chat.");
    }

    /// <summary>The bot's answer (not an agent's message) with this intent.</summary>
    public JsonObject NextAnswer(string intent) =>
        NextMessage(m => m["channelData"]?["shopAssistant"]?["intent"]?.GetValue<string>() == intent);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
