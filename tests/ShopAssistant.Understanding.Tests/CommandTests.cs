using System.Text.Json;

namespace ShopAssistant.Understanding.Tests;

[Collection(UnderstandingCollection.Name)]
public class CommandTests(UnderstandingFixture fixture)
{
    [Fact]
    public async Task Eval_prints_both_languages_and_a_json_last_line()
    {
        var output = new StringWriter();
        var code = await UnderstandingCommands.EvalIntentsAsync(["eval", "intents", "--json", "--model", fixture.ModelDirectory], output);

        Assert.Equal(0, code);
        var lines = output.ToString().TrimEnd().Split('\n');
        using var json = JsonDocument.Parse(lines[^1]);
        foreach (var slice in new[] { "zh", "en", "all" })
        {
            Assert.InRange(json.RootElement.GetProperty(slice).GetProperty("accuracy").GetDouble(), 0.85, 1.0);
            Assert.Equal(20, json.RootElement.GetProperty(slice).GetProperty("perLabel").EnumerateObject().Count());
        }
        Assert.True(json.RootElement.GetProperty("latencyMs").GetProperty("p99").GetDouble() > 0);
    }

    [Fact]
    public async Task Train_reports_a_current_model()
    {
        var output = new StringWriter();
        fixture.Understanding.Understand("hi");
        Assert.Equal(0, await UnderstandingCommands.TrainAsync(["train", "--model", fixture.ModelDirectory], output));
        Assert.Contains("up to date", output.ToString());
    }
}
