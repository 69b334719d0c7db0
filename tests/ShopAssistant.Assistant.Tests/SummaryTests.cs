using Microsoft.Extensions.Logging.Abstractions;
using ShopAssistant.AI;
using ShopAssistant.Testing;
using ShopAssistant.Assistant.Summaries;

namespace ShopAssistant.Assistant.Tests;

/// <summary>The handoff summary written by the model, against a scripted OpenAI-compatible server on loopback.</summary>
public sealed class SummaryTests
{
    private static readonly SummaryLine[] Conversation =
    [
        new("shopper", "我买的杯子碎了，订单536367"),
        new("bot", "很抱歉！请准备好照片，我为您转接人工客服。"),
    ];

    private static LlmConversationSummarizer With(ScriptedModel model)
    {
        var options = new LlmOptions { Endpoint = model.Endpoint, ApiKey = "test", Model = "scripted", TimeoutSeconds = 8 };
        return new LlmConversationSummarizer(new ShopModel(options));
    }

    [Fact]
    public async Task The_model_writes_the_summary_from_the_yaml_prompt_and_the_transcript()
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(ScriptedModel.Answer("Broken mug on order 536367; shopper has photos.")));

        var summary = await With(model).SummarizeAsync(Conversation, "damaged_goods", "zh", "c-summary", default);

        Assert.Equal("Broken mug on order 536367; shopper has photos.", summary);
        var request = model.Requests.Single();
        Assert.Contains("handoff notes", (string?)request["messages"]![0]!["content"]);
        Assert.Contains("damaged_goods", (string?)request["messages"]![0]!["content"]);
        Assert.Contains("shopper: 我买的杯子碎了，订单536367", (string?)request["messages"]![1]!["content"]);
    }

    [Fact]
    public async Task A_failing_model_or_no_model_gives_no_summary_so_the_extractive_one_is_used()
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(null));
        Assert.Null(await With(model).SummarizeAsync(Conversation, "damaged_goods", "zh", "c-summary", default));

        var offline = new LlmConversationSummarizer(new ShopModel(new LlmOptions()));
        Assert.Null(await offline.SummarizeAsync(Conversation, "damaged_goods", "zh", "c-summary", default));
    }
}
