using ShopAssistant.Data;
using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

public sealed class QualityScorecardTests
{
    private static readonly DateTimeOffset Start = Beijing(11, 21, 10);

    private static TranscriptEntry In(string text, int seconds) =>
        new("c", "in", "message", null, "s", "user", text, $$"""{"type":"message","text":"{{text}}"}""", Start.AddSeconds(seconds));

    private static TranscriptEntry Out(string text, int seconds, string intent = "shipping_policy", double confidence = 0.9, string[]? sources = null, string[]? products = null) =>
        new("c", "out", "message", null, "bot", "bot", text,
            System.Text.Json.JsonSerializer.Serialize(new
            {
                type = "message", text,
                channelData = new { shopAssistant = new { intent, confidence, sources = sources ?? ["shipping-times"], products = products ?? [], handoff = false } },
            }),
            Start.AddSeconds(seconds));

    private static TranscriptEntry AgentSays(string text, int seconds) =>
        new("c", "out", "message", null, "bot", "bot", text, $$$"""{"type":"message","text":"{{{text}}}","channelData":{"agent":"lily","handoffId":1}}""", Start.AddSeconds(seconds));

    private static ScoreCard Score(params TranscriptEntry[] entries) => QualityScorecard.Score(TranscriptLine.From(entries));

    [Fact]
    public void A_conversation_that_follows_the_whole_flow_scores_100()
    {
        var card = Score(
            In("多久发货", 0),
            Out("您好，欢迎光临暖居英伦家居礼品店！付款后48小时内发货（发货政策）。请问还有什么可以帮您？", 1),
            In("没有了，谢谢", 30),
            Out("感谢您的光临！请为本次服务打分（1–5 星）。", 31, intent: "thanks", sources: []));
        Assert.Equal(100, card.Total);
        Assert.Empty(card.Flags);
        Assert.Equal(["greet", "understand", "solve", "confirm", "close"], card.Steps.Select(s => s.Step));
    }

    [Fact]
    public void A_slow_unnamed_greeting_and_an_unanswered_question_lose_points_with_reasons()
    {
        var card = Score(In("can I pay with paypal?", 0), Out("Sorry, I can't answer that reliably yet.", 25, intent: "other", confidence: 0.2, sources: []));
        Assert.Equal(0, card.Steps.Single(s => s.Step == "greet").Points);
        Assert.Contains("25 s", card.Steps.Single(s => s.Step == "greet").Reason);
        Assert.Equal(0, card.Steps.Single(s => s.Step == "understand").Points);
        Assert.Equal(0, card.Steps.Single(s => s.Step == "solve").Points);
        Assert.Equal(0, card.Total);
    }

    [Fact]
    public void Blaming_promising_and_personal_data_are_flagged_and_cost_points()
    {
        var card = Score(
            In("my parcel is late", 0),
            Out("您好，欢迎光临暖居英伦家居礼品店！发货政策如下。还有什么可以帮您？感谢！", 1),
            AgentSays("这是你自己的问题，地址填错了。", 20),
            AgentSays("I guarantee it arrives tomorrow. Call 13812345678.", 40));
        Assert.Equal(["blaming", "promise", "personal_data"], card.Flags.Select(f => f.Rule));
        Assert.Equal(Math.Max(0, card.Steps.Sum(s => s.Points) - 75), card.Total);
    }

    [Fact]
    public void An_agent_that_takes_over_solves_the_need()
    {
        var card = Score(In("转人工", 0), Out("好的，正在为您转接人工客服。", 1, intent: "human_agent", sources: []),
            AgentSays("您好，我是客服 lily。", 30), AgentSays("已为您补发，请问还有其他问题吗？", 60));
        Assert.Equal(20, card.Steps.Single(s => s.Step == "solve").Points);
        Assert.Equal(20, card.Steps.Single(s => s.Step == "confirm").Points);
    }
}
