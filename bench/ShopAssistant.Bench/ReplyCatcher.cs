using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ShopAssistant.Bench;

/// <summary>A loopback channel that records when each conversation's reply arrives.</summary>
internal sealed class ReplyCatcher : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

    private ReplyCatcher(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ReplyCatcher> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var catcher = new ReplyCatcher(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (string conversationId) =>
        {
            if (catcher._waiting.TryRemove(conversationId, out var done)) done.TrySetResult();
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

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
