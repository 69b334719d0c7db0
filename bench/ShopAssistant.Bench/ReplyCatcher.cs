using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ShopAssistant.Bench;

/// <summary>A loopback channel that records when each conversation's reply arrives (and, when asked, what it said).</summary>
internal sealed class ReplyCatcher : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode?>> _reading = new();

    private ReplyCatcher(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ReplyCatcher> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var catcher = new ReplyCatcher(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (string conversationId, HttpRequest request) =>
        {
            if (catcher._waiting.TryRemove(conversationId, out var done)) done.TrySetResult();
            if (catcher._reading.TryRemove(conversationId, out var read)) read.TrySetResult(await JsonNode.ParseAsync(request.Body));
            return Results.Json(new { id = "r" });
        });
        await app.StartAsync();
        catcher.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return catcher;
    }

    public Task Expect(string conversationId)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[conversationId] = done;
        return done.Task;
    }

    /// <summary>The next activity sent to the conversation, as JSON.</summary>
    public Task<JsonNode?> ExpectBody(string conversationId)
    {
        var read = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _reading[conversationId] = read;
        return read.Task;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
