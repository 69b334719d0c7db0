using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ShopAssistant.Testing;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 11 item 9: a message stored but unanswered when the process died is answered after the restart.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_message_left_unanswered_by_a_killed_process_is_answered_after_the_restart()
    {
        // Before: the shopper's message stayed in the transcript and nobody ever answered it.
        await using var channel = await ChannelListener.StartAsync();
        var modelCalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A language model that takes the question and never answers: the turn is stuck mid-way when the process dies.
        var (model, modelAddress) = await LoopbackServer.StartAsync(app => app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            modelCalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }));
        await using var _ = model;
        var data = Directory.CreateTempSubdirectory("shopassistant-crash-").FullName;
        var common = new Dictionary<string, string>
        {
            ["ShopAssistant:Storage:DataFolder"] = data,
            ["ShopAssistant:Understanding:ModelDirectory"] = Path.Combine(Path.GetTempPath(), "shopassistant-crash-models", "understanding"),
            ["ShopAssistant:Knowledge:IndexDirectory"] = Path.Combine(data, "knowledge"),
            ["ShopAssistant:Recommendations:WarmUp"] = "false",
            ["ShopAssistant:Recommendations:ModelDirectory"] = Path.Combine(data, "recommender"),
        };

        await using (var first = await ShopProcess.StartAsync(new Dictionary<string, string>(common)
        {
            ["ShopAssistant:Llm:Endpoint"] = modelAddress + "/v1",
            ["ShopAssistant:Llm:ApiKey"] = "test",
            ["ShopAssistant:Llm:TimeoutSeconds"] = "600",
            // The turn must still be waiting for the model when the process dies, not answered offline past its budget.
            ["ShopAssistant:Llm:Resilience:TurnBudgetSeconds"] = "600",
        }))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            var stuck = client.PostAsJsonAsync("/api/messages", Activities.Message(channel.ServiceUrl, "c-killed", "guest-k", "can I return a candle holder after 5 days?"));
            await modelCalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
            // The shopper saw the bot typing while the model was asked, and nothing else.
            Assert.Equal("typing", (string?)channel.NextReply("c-killed", TimeSpan.FromSeconds(10))["type"]);
            first.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => stuck);
        }
        Assert.True(channel.HasNoReply("c-killed", TimeSpan.FromMilliseconds(200)), "answered before the kill");

        await using var second = await ShopProcess.StartAsync(common);
        var reply = channel.NextReply("c-killed", TimeSpan.FromSeconds(60));
        Assert.Contains("send it again", (string?)reply["text"]);
        Assert.Contains("candle holder", (string?)reply["text"]);
    }
}
