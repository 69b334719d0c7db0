using System.Net;
using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// ShopAssistant:Models: several instances over one artefact folder. What an instance builds is recorded in each
/// artefact's build log (<see cref="ArtefactFolder.BuildLog"/>), even a build that lost the race to publish, so an
/// unchanged log proves an instance only loaded. The intent model trains on a small slice of the utterances (fast,
/// and a key the build's prepared model does not have).
/// </summary>
public sealed class SharedModelsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("shopassistant-shared-models-");

    private string Shared => Path.Combine(_root.FullName, "models");
    private ArtefactFolder Understanding => new(Path.Combine(Shared, "understanding"));
    private ArtefactFolder Knowledge => new(Path.Combine(Shared, "knowledge"));

    [Fact]
    public async Task The_first_host_builds_the_second_loads_without_building_and_changed_utterances_rebuild()
    {
        var utterances = Utterances("a", perLabel: 4);
        await using (var first = new ShopHost(settings: Settings(utterances)))
            await ReadyAsync(first);
        var understandingBuilds = Understanding.Builds().Count;
        var knowledgeBuilds = Knowledge.Builds().Count;
        Assert.True(understandingBuilds >= 1 && knowledgeBuilds >= 1, "the first host built nothing");

        await using (var second = new ShopHost(settings: Settings(utterances)))
            await ReadyAsync(second);

        Assert.Equal(understandingBuilds, Understanding.Builds().Count);
        Assert.Equal(knowledgeBuilds, Knowledge.Builds().Count);

        // Stale: the utterances changed since the shared model was built; by default an instance trains it itself.
        await using (var third = new ShopHost(settings: Settings(Utterances("b", perLabel: 3))))
            await ReadyAsync(third);

        Assert.Equal(understandingBuilds + 1, Understanding.Builds().Count);
        Assert.Equal(knowledgeBuilds, Knowledge.Builds().Count);
    }

    [Fact]
    public async Task Without_training_at_start_a_host_with_a_stale_model_is_not_ready_until_a_job_publishes_it()
    {
        var before = Utterances("a", perLabel: 3);
        var after = Utterances("b", perLabel: 4);
        // The jobs of the last release: index and intent model for the old utterances.
        Assert.Equal(0, await Job(["ingest"], before));
        Assert.Equal(0, await Job(["train", "--intent-model-only"], before));

        var settings = Settings(after);
        settings["ShopAssistant:Models:TrainAtStart"] = "false";
        settings["ShopAssistant:Models:PollSeconds"] = "1";
        await using var host = new ShopHost(settings: settings);
        using var client = host.CreateClient();
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            await Task.Delay(250);
        }
        var builtByHost = Understanding.Builds().Count;

        Assert.Equal(0, await Job(["train", "--intent-model-only"], after));
        await ReadyAsync(host);

        // The job's line only: the host loaded what the job published.
        Assert.Equal(builtByHost + 1, Understanding.Builds().Count);
    }

    /// <summary>As an operator would run the jobs: the host's verbs with the shared folder as configuration.</summary>
    private async Task<int> Job(string[] verb, string utterances) => (await HostCommands.RunAsync(
        [.. verb, "--ShopAssistant:Models:Directory", Shared, "--ShopAssistant:Understanding:DataDirectory", utterances],
        TextWriter.Null, TextWriter.Null)) ?? -1;

    /// <summary>
    /// The shared folder, and the per-model folders it derives (set here only because ShopHost points them at its
    /// run-wide cache, which a per-model setting would otherwise keep winning over).
    /// </summary>
    private Dictionary<string, string?> Settings(string utterances) => new()
    {
        ["ShopAssistant:Models:Directory"] = Shared,
        ["ShopAssistant:Understanding:ModelDirectory"] = Understanding.Directory,
        ["ShopAssistant:Knowledge:IndexDirectory"] = Knowledge.Directory,
        ["ShopAssistant:Understanding:DataDirectory"] = utterances,
    };

    private static async Task ReadyAsync(ShopHost host)
    {
        using var client = host.CreateClient();
        for (var i = 0; i < 600; i++)
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(250);
        }
        Assert.Fail("the host never became ready");
    }

    /// <summary>The shipped understanding data with only a few utterances per label and language.</summary>
    private string Utterances(string name, int perLabel)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "data", "understanding");
        var copy = Directory.CreateDirectory(Path.Combine(_root.FullName, "utterances-" + name)).FullName;
        foreach (var file in Directory.GetFiles(shipped)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var lines = File.ReadAllLines(Path.Combine(shipped, "intents.train.tsv"));
        File.WriteAllLines(Path.Combine(copy, "intents.train.tsv"), lines.Take(1).Concat(lines.Skip(1)
            .GroupBy(l => string.Join('\t', l.Split('\t').Take(2)))
            .SelectMany(g => g.Take(perLabel))));
        return copy;
    }

    public void Dispose()
    {
        try { _root.Delete(recursive: true); } catch (IOException) { }
    }
}
