using ShopAssistant.Understanding.Intents;

namespace ShopAssistant.Understanding.Tests;

/// <summary>The model file is a cache keyed by the utterance file's content: reuse when unchanged, retrain when changed.</summary>
public sealed class ModelCacheTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("understanding-cache-");

    [Fact]
    public void Second_load_reuses_the_model_and_changed_utterances_retrain()
    {
        var options = Fresh("reuse", 8);

        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var first);
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var second);
        File.AppendAllLines(options.TrainingFile, ["thanks\ten\tcheers, legend"]);
        var third = IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var retrained);

        Assert.True(first);
        Assert.False(second);
        Assert.True(retrained);
        Assert.Equal("order_status", third.Predict("where is my order").Intent);
    }

    /// <summary>The lines written from the authored sets are training too: a new one retrains, and the model learns from them.</summary>
    [Fact]
    public void The_sets_file_is_trained_on_beside_the_hand_written_one()
    {
        var options = Fresh("sets", 8);
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out _);
        File.WriteAllLines(options.SetsFile, ["label\tlanguage\ttext", .. Enumerable.Range(0, 12).Select(i => $"invoice\ten\tplease send the fapiao paperwork {i}")]);

        var withSets = IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var retrained);

        Assert.True(retrained);
        Assert.Equal(Slice(8).Count() - 1 + 12, UtteranceSet.Load(options.TrainingFiles).Utterances.Count);
        Assert.Equal("invoice", withSets.Predict("fapiao paperwork").Intent);
    }

    [Fact]
    public void A_corrupt_model_file_is_retrained_not_fatal()
    {
        var options = Fresh("corrupt", 3);
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out _);
        var version = Directory.GetDirectories(options.ModelDirectory, "v-*").Single();
        File.WriteAllText(Path.Combine(version, "intent-model.zip"), "not a zip");

        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var retrained);

        Assert.True(retrained);
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var again);
        Assert.False(again);
    }

    [Fact]
    public async Task Without_training_at_start_a_missing_model_is_waited_for_until_a_job_publishes_it()
    {
        var waiting = Fresh("waiting", 3) with { Models = new ShopAssistant.Domain.Artefacts.ModelsOptions { TrainAtStart = false, PollSeconds = 1 } };

        var instance = Task.Run(() => IntentClassifier.LoadOrTrain(waiting, IntentTrainerKind.Lbfgs, out var trained) is not null && trained);
        await Task.Delay(1500);
        Assert.False(instance.IsCompleted);
        // The job (the train verb) builds it; the waiting instance then loads it without training.
        IntentClassifier.LoadOrTrain(waiting with { Models = new() }, IntentTrainerKind.Lbfgs, out var jobTrained);

        Assert.True(jobTrained);
        Assert.False(await instance.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>A data folder of its own holding a slice of the shipped utterances, and a model folder of its own.</summary>
    private UnderstandingOptions Fresh(string name, int perLabelAndLanguage)
    {
        var options = new UnderstandingOptions
        {
            DataDirectory = _root.CreateSubdirectory("data-" + name).FullName, ModelDirectory = Path.Combine(_root.FullName, "model-" + name),
        };
        File.WriteAllLines(options.TrainingFile, Slice(perLabelAndLanguage));
        return options;
    }

    /// <summary>A small slice of the shipped utterances keeps these tests fast: a few per label and language.</summary>
    private static IEnumerable<string> Slice(int perLabelAndLanguage)
    {
        var lines = File.ReadAllLines(Path.Combine(UnderstandingFixture.DataDirectory, "intents.train.tsv"));
        return lines.Take(1).Concat(lines.Skip(1)
            .GroupBy(l => string.Join('\t', l.Split('\t').Take(2)))
            .SelectMany(g => g.Take(perLabelAndLanguage)));
    }

    public void Dispose()
    {
        try { _root.Delete(recursive: true); } catch (IOException) { }
    }
}
