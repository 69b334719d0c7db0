using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ShopAssistant.Tests;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// An OpenAI-compatible chat completions server on loopback (real HTTP, real wire format) whose answers the test
/// scripts: each request body goes to <c>respond</c>, which returns the JSON to send (or null for HTTP 500).
/// </summary>
public sealed class ScriptedModel : IAsyncDisposable
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

    public static async Task<ScriptedModel> StartAsync(Func<JsonObject, Task<string?>> respond)
    {
        ScriptedModel? model = null;
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            model!.Requests.Enqueue(request);
            var json = await respond(request);
            return json is null
                ? Results.Content("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}", "application/json", statusCode: 500)
                : Results.Content(json, "application/json");
        }));
        model = new ScriptedModel(app, new Uri(address + "/v1"));
        return model;
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
