using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ShopAssistant.Testing;

/// <summary>
/// An OpenAI-compatible chat completions server on loopback (real HTTP, real wire format) whose answers the test
/// scripts: each request body goes to <c>respond</c>, which returns the JSON to send (or null for HTTP 500).
/// It also answers <c>POST /v1/embeddings</c> (see <see cref="Embeddings"/>), with deterministic vectors by default.
/// </summary>
public sealed partial class ScriptedModel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScriptedModel(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base URL as configured in ShopAssistant:Llm:Endpoint (…/v1).</summary>
    public Uri Endpoint { get; }

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    public static Task<ScriptedModel> StartAsync(Func<JsonObject, Task<string?>> respond) =>
        StartAsync(async (request, _) => await respond(request) is { } json ? Ok(json) : ServerError());

    /// <summary>
    /// A server whose every answer the test scripts in full: status, body and Retry-After, or a wait (a hang or a slow
    /// answer) that ends when the client gives up (the request's cancellation token).
    /// </summary>
    public static async Task<ScriptedModel> StartAsync(Func<JsonObject, CancellationToken, Task<ScriptedResponse>> respond)
    {
        ScriptedModel? model = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            // As a Delegate, so that the IResult is written to the response rather than discarded.
            app.MapPost("/v1/embeddings", (Delegate)(Func<HttpContext, Task<IResult>>)(context => model!.AnswerEmbeddingsAsync(context)));
            app.MapPost("/v1/chat/completions", async (HttpContext context) =>
            {
                var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
                model!.Requests.Enqueue(request);
                try
                {
                    var response = await respond(request, context.RequestAborted);
                    if (response.RetryAfter is { } after) context.Response.Headers.RetryAfter = after;
                    return Results.Content(response.Body, "application/json", statusCode: response.Status);
                }
                catch (OperationCanceledException)
                {
                    model.Abandoned++;
                    return Results.Empty;
                }
            });
        });
        model = new ScriptedModel(app, new Uri(address + "/v1"));
        return model;
    }

    /// <summary>Requests the client gave up on before the scripted answer came (hangs and answers past the deadline).</summary>
    public int Abandoned { get; private set; }

    public static ScriptedResponse Ok(string json) => new(200, json);

    public static ScriptedResponse ServerError() => new(500, "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");

    /// <summary>429 Too Many Requests with Retry-After in seconds, as OpenAI-compatible providers send it.</summary>
    public static ScriptedResponse Throttled(int retryAfterSeconds) =>
        new(429, "{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit_exceeded\"}}", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Accepts the request and never answers (a provider outage as it usually looks), until the client gives up.</summary>
    public static async Task<ScriptedResponse> HangAsync(CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Answers after a delay (the client may give up first).</summary>
    public static async Task<ScriptedResponse> SlowAsync(TimeSpan delay, string json, CancellationToken ct)
    {
        await Task.Delay(delay, ct);
        return Ok(json);
    }

    /// <summary>The tool results the client sent back in this request (role "tool").</summary>
    public static IReadOnlyList<string> ToolResults(JsonObject request) =>
        request["messages"]!.AsArray().Where(m => (string?)m!["role"] == "tool").Select(m => (string?)m!["content"] ?? "").ToList();

    public static string Answer(string content) => Completion(new JsonObject { ["role"] = "assistant", ["content"] = content }, "stop");

    public static string CallTool(string function, object arguments) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray(new JsonObject
        {
            ["id"] = "call_1",
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = function, ["arguments"] = JsonSerializer.Serialize(arguments) },
        }),
    }, "tool_calls");

    private static string Completion(JsonObject message, string finish) => new JsonObject
    {
        ["id"] = "chatcmpl-scripted",
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = "scripted",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One scripted HTTP answer of the model server.</summary>
public sealed record ScriptedResponse(int Status, string Body, string? RetryAfter = null);
