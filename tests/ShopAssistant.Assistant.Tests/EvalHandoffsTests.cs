using Xunit.Abstractions;

namespace ShopAssistant.Assistant.Tests;

/// <summary>The handoff evaluation runs end to end on the shipped case file and meets the targets (recall 1.0, false handoffs ≤ 3 %).</summary>
public sealed class EvalHandoffsTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Eval_handoffs_prints_recall_false_handoffs_and_latency_as_json()
    {
        Environment.SetEnvironmentVariable("ShopAssistant__Understanding__ModelDirectory", TestShop.UnderstandingOptions.ModelDirectory);
        Environment.SetEnvironmentVariable("ShopAssistant__Knowledge__IndexDirectory", Path.Combine(TestShop.CacheFolder, "knowledge"));
        var output = new StringWriter();

        var exit = await AssistantCommands.EvalHandoffsAsync(["--repeat", "3", "--json"], output);

        log.WriteLine(output.ToString());
        Assert.Equal(0, exit);
        var json = System.Text.Json.JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]).RootElement;
        Assert.True(json.GetProperty("mustEscalate").GetInt32() >= 40);
        Assert.True(json.GetProperty("ordinary").GetInt32() >= 100);
        Assert.Equal(1.0, json.GetProperty("handoffRecall").GetDouble());
        Assert.True(json.GetProperty("falseHandoffRate").GetDouble() <= 0.03);
    }

    [Fact]
    public async Task A_missing_case_file_is_reported_not_thrown()
    {
        var output = new StringWriter();
        Assert.Equal(2, await AssistantCommands.EvalHandoffsAsync(["--set", "/nonexistent/cases.tsv"], output));
        Assert.Contains("no case file", output.ToString());
    }
}
