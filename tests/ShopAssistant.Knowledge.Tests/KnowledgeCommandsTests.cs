using System.Text.Json;

namespace ShopAssistant.Knowledge.Tests;

public sealed class KnowledgeCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Ingest_builds_the_index_then_reports_it_up_to_date()
    {
        var args = new[] { "--index", temp.Sub("index") };
        var first = new StringWriter();
        var second = new StringWriter();

        Assert.Equal(0, await KnowledgeCommands.IngestAsync(args, first));
        Assert.Equal(0, await KnowledgeCommands.IngestAsync(args, second));

        Assert.Contains("index rebuilt", first.ToString());
        Assert.Contains("92 scripts, 46 topics", first.ToString());
        Assert.Contains("up to date", second.ToString());
    }

    [Fact]
    public async Task A_host_can_pass_its_configured_options_and_arguments_still_win()
    {
        var options = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.Directory, IndexDirectory = temp.Sub("configured") };
        var output = new StringWriter();

        Assert.Equal(0, await KnowledgeCommands.IngestAsync([], output, options));
        Assert.Equal(0, await KnowledgeCommands.IngestAsync(["--index", temp.Sub("argument")], output, options));

        Assert.True(File.Exists(Path.Combine(PublishedIndex.Folder(temp.Sub("configured")), "knowledge-index.json")));
        Assert.True(File.Exists(Path.Combine(PublishedIndex.Folder(temp.Sub("argument")), "knowledge-index.json")));
    }

    [Fact]
    public async Task Ingest_reports_a_broken_script_folder_without_throwing()
    {
        var output = new StringWriter();

        Assert.Equal(1, await KnowledgeCommands.IngestAsync(["--scripts", temp.Sub("missing"), "--index", temp.Sub("index")], output));
        Assert.Contains("ingest failed", output.ToString());
    }

    [Fact]
    public async Task Eval_with_json_ends_with_one_json_object_of_the_figures()
    {
        var output = new StringWriter();

        Assert.Equal(0, await KnowledgeCommands.EvalRetrievalAsync(["--index", temp.Sub("index"), "--json"], output));

        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        foreach (var group in new[] { "zh", "en", "all" })
        {
            var figures = json.RootElement.GetProperty(group);
            Assert.True(figures.GetProperty("count").GetInt32() >= 100, $"{group} has too few questions");
            Assert.InRange(figures.GetProperty("recall1").GetDouble(), 0, 1);
            Assert.InRange(figures.GetProperty("mrr").GetDouble(), 0, 1);
            // A loose floor only: the real figures are reported by the eval command, not asserted here.
            Assert.True(figures.GetProperty("recall3").GetDouble() >= 0.9, $"{group} recall@3 fell below 0.9");
        }
        int Count(string group) => json.RootElement.GetProperty(group).GetProperty("count").GetInt32();
        Assert.Equal(Count("zh") + Count("en"), Count("all"));
        Assert.True(json.RootElement.GetProperty("latencyMs").GetProperty("p99").GetDouble() > 0);
    }

    [Fact]
    public async Task Eval_rejects_a_malformed_retrieval_set_with_its_line_number()
    {
        var set = temp.Sub("set.tsv");
        File.WriteAllText(set, "zh\tshipping-fee\t包邮吗\nfr\tshipping-fee\tlivraison\n");
        var output = new StringWriter();

        Assert.Equal(1, await KnowledgeCommands.EvalRetrievalAsync(["--index", temp.Sub("index"), "--set", set], output));
        Assert.Contains("set.tsv:2", output.ToString());
    }

    public void Dispose() => temp.Dispose();
}
