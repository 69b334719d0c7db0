using System.Text.Json.Nodes;
using ShopAssistant.Web.Evaluation;

namespace ShopAssistant.Web.Tests;

/// <summary>`eval conversations` plays a shopper set through the real bot and scores what the transcript shows.</summary>
public sealed class ConversationEvaluationTests
{
    [Fact]
    public async Task A_set_is_scored_from_the_bot_s_own_replies()
    {
        var set = Path.Combine(Path.GetTempPath(), $"eval-set-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(set, """
        {"name": "tiny",
         "messages": [
           {"id": "1", "lang": "zh", "class": "plain", "text": "运费怎么算", "intent": "shipping_policy", "handoff": false},
           {"id": "2", "lang": "en", "class": "escalation", "text": "I want to talk to a real person", "intent": "human_agent", "handoff": true},
           {"id": "3", "lang": "en", "class": "plain", "text": "how much is shipping", "intent": "invoice", "handoff": false}],
         "conversations": [
           {"id": "c1", "lang": "zh", "class": "context", "turns": ["杭州几天能到", "那新疆呢"], "facts": ["5\\s*[-–~]\\s*7", "¥\\s*20"], "intent": "shipping_policy", "handoff": false},
           {"id": "c2", "lang": "en", "class": "computed", "turns": ["how long to Shanghai?"], "facts": ["9\\s*days"], "intent": "shipping_policy", "handoff": false}]}
        """);
        await using var host = new ShopHost();
        var output = new StringWriter();

        Assert.Equal(0, await ConversationEvaluation.RunAsync(host.Services, ["--set", set, "--json"], output));

        var text = output.ToString();
        var json = JsonNode.Parse(text.TrimEnd().Split('\n')[^1])!;
        Assert.Equal("tiny", (string?)json["set"]);
        Assert.Equal(5, (int)json["all"]!["n"]!);
        // Message 3 is labelled with the wrong intent on purpose, and c2 asks for a fact the handbook does not have.
        Assert.Equal(0.6, (double)json["all"]!["answeredRight"]!);
        Assert.Equal(1.0, (double)json["all"]!["handoffRecall"]!);
        Assert.Equal(0.0, (double)json["all"]!["falseHandoffs"]!);
        Assert.Equal(0.0, (double)json["conversations"]!["en"]!["facts"]!);
        Assert.Contains("miss message 3", text);
        Assert.Contains("miss conversation c2", text);
        Assert.DoesNotContain("miss conversation c1", text);
        File.Delete(set);
    }

    [Fact]
    public async Task A_missing_set_is_an_error_not_a_score()
    {
        await using var host = new ShopHost();
        var output = new StringWriter();
        Assert.Equal(2, await ConversationEvaluation.RunAsync(host.Services, ["--set", "/nonexistent/set.json"], output));
        Assert.Contains("no set", output.ToString());
    }
}
