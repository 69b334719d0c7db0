using ShopAssistant.Understanding.Intents;

namespace ShopAssistant.Understanding.Tests;

/// <summary>The model file is a cache keyed by the utterance file's content: reuse when unchanged, retrain when changed.</summary>
public sealed class ModelCacheTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("understanding-cache-");

    [Fact]
    public void Second_load_reuses_the_model_and_changed_utterances_retrain()
    {
        var data = _root.CreateSubdirectory("data").FullName;
        var options = new UnderstandingOptions { DataDirectory = data, ModelDirectory = Path.Combine(_root.FullName, "model") };
        File.WriteAllLines(options.TrainingFile, Slice(8));

        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var first);
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var second);
        File.AppendAllLines(options.TrainingFile, ["thanks\ten\tcheers, legend"]);
        var third = IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var retrained);

        Assert.True(first);
        Assert.False(second);
        Assert.True(retrained);
        Assert.Equal("order_status", third.Predict("where is my order").Intent);
    }

    [Fact]
    public void A_corrupt_model_file_is_retrained_not_fatal()
    {
        var data = _root.CreateSubdirectory("data2").FullName;
        var options = new UnderstandingOptions { DataDirectory = data, ModelDirectory = Path.Combine(_root.FullName, "model2") };
        File.WriteAllLines(options.TrainingFile, Slice(3));
        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out _);
        File.WriteAllText(Path.Combine(options.ModelDirectory, "intent-model.zip"), "not a zip");

        IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var retrained);

        Assert.True(retrained);
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
