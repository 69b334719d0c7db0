using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var listener = new ChannelListener(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (string conversationId, HttpRequest request) =>
        {
            var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            listener.Queue(conversationId).Add(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        listener.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
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
