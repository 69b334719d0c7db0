using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ShopAssistant.Testing;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// A stand-in Bot Framework channel on loopback: the bot posts its replies to
/// {serviceUrl}/v3/conversations/{id}/activities/{replyToId}, as it would to a real channel connector.
/// </summary>
public sealed class ChannelListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, BlockingCollection<JsonObject>> _byConversation = new();

    private ChannelListener(WebApplication app) => _app = app;

    public string ServiceUrl { get; private init; } = "";

    public static async Task<ChannelListener> StartAsync()
    {
        ChannelListener? listener = null;
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}",
            async (string conversationId, HttpRequest request) =>
            {
                var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
                listener!.Queue(conversationId).Add(activity);
                return Results.Json(new { id = Guid.NewGuid().ToString("N") });
            }));
        listener = new ChannelListener(app) { ServiceUrl = address + "/" };
        return listener;
    }

    public JsonObject NextReply(string conversationId, TimeSpan? timeout = null) =>
        Queue(conversationId).TryTake(out var activity, timeout ?? TimeSpan.FromSeconds(20))
            ? activity
            : throw new TimeoutException($"No reply in conversation {conversationId}.");

    public bool HasNoReply(string conversationId, TimeSpan wait) => !Queue(conversationId).TryTake(out _, wait);

    private BlockingCollection<JsonObject> Queue(string conversationId) => _byConversation.GetOrAdd(conversationId, _ => []);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
