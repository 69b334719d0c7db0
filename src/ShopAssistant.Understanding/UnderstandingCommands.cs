using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Understanding.Intents;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding;

/// <summary>
/// The host's `train` and `eval intents [--json]` verbs. Options: --data DIR (utterances and lexicon),
/// --model DIR (model cache), --shop-data DIR (catalogue, for the full-pipeline latency), --force (train even if
/// the cache is current), --compare (also train both trainers in memory and print their held-out accuracy).
/// </summary>
public static class UnderstandingCommands
{
    public static Task<int> TrainAsync(string[] args, TextWriter output) => TrainAsync(args, output, null);

    public static Task<int> TrainAsync(string[] args, TextWriter output, IConfiguration? configuration)
    {
        var options = Options(args, configuration);
        var force = args.Contains("--force");
        var clock = Stopwatch.StartNew();
        var classifier = IntentClassifier.LoadOrTrain(options, IntentTrainerKind.Lbfgs, out var trained, force);
        var lines = UtteranceSet.Load(options.TrainingFiles).Utterances.Count;
        output.WriteLine(trained
            ? $"Trained the intent model on {lines} utterances ({classifier.Labels.Count} labels) in {clock.ElapsedMilliseconds} ms → {options.ModelDirectory}"
            : $"Intent model is up to date with {string.Join(" and ", options.TrainingFiles)} ({lines} utterances) → {options.ModelDirectory}");
        // Each judge (one of the intent pipeline's models on a labelled file of its own) trained when its file changed.
        foreach (var judge in JudgeModel.All)
        {
            clock.Restart();
            var training = judge.Training(options);
            judge.LoadOrTrain(options, training, out var judged, force);
            output.WriteLine(judged
                ? $"Trained the {judge.Name} on {training.Utterances.Count} {judge.Unit} in {clock.ElapsedMilliseconds} ms → {judge.ModelDirectory(options.ModelDirectory)}"
                : $"The {judge.Name} is up to date with {judge.TrainingFile(options)} ({training.Utterances.Count} {judge.Unit})");
        }

        return Task.FromResult(0);
    }

    public static Task<int> EvalIntentsAsync(string[] args, TextWriter output) => EvalIntentsAsync(args, output, null);

    public static Task<int> EvalIntentsAsync(string[] args, TextWriter output, IConfiguration? configuration)
    {
        var options = Options(args, configuration);
        var training = UtteranceSet.Load(options.TrainingFiles);
        var heldOut = UtteranceSet.Load(options.HeldOutFile).Utterances;
        if (args.Contains("--compare"))
        {
            foreach (var kind in Enum.GetValues<IntentTrainerKind>())
            {
                var clock = Stopwatch.StartNew();
                var candidate = IntentClassifier.TrainInMemory(training.Utterances, kind);
                var trainMs = clock.ElapsedMilliseconds;
                var scores = IntentEvaluation.Score(heldOut, heldOut.Select(u => candidate.Predict(u.Text).Intent).ToList(), IntentLabels.All);
                output.WriteLine($"trainer {kind,-6} trained in {trainMs,5} ms; held-out " +
                    string.Join("  ", scores.Select(s => $"{s.Slice} {s.Accuracy:F3}")) +
                    $"; 5-fold cross-validation on the training set {IntentEvaluation.CrossValidate(training.Utterances, kind, 5):F3}");
            }
            output.WriteLine();
        }

        var understanding = Pipeline(options, args, output);
        var understood = heldOut.Select(u => understanding(u.Text)).ToList();
        var results = IntentEvaluation.Score(heldOut, understood.Select(r => r.Intent).ToList(), IntentLabels.All);
        var latency = Latency(heldOut, understanding);

        output.WriteLine($"Intent evaluation: held-out {options.HeldOutFile} ({heldOut.Count} utterances); trained on {training.Utterances.Count} (L-BFGS maximum entropy)");
        IntentReport.Write(output, results);
        IntentReport.WriteConfidence(output, heldOut, understood);
        output.WriteLine($"Latency of one message (p50 / p99 over {heldOut.Count} messages × {LatencyRounds} rounds): {latency.P50:F3} ms / {latency.P99:F3} ms" +
            (LoadAverage() is { } load ? $" (machine load average {load}: other processes' CPU use shows in p99)" : ""));
        if (args.Contains("--json")) output.WriteLine(IntentReport.Json(results, latency));
        return Task.FromResult(0);
    }

    private const int LatencyRounds = 5;

    /// <summary>The full Understand() when the shop's catalogue is at hand, else the intent model alone (said so).</summary>
    private static Func<string, MessageUnderstanding> Pipeline(UnderstandingOptions options, string[] args, TextWriter output)
    {
        var shopDirectory = Value(args, "--shop-data") ?? DemoShopData.DefaultDirectory;
        if (File.Exists(Path.Combine(shopDirectory, "catalogue.tsv.gz")))
        {
            var shop = DemoShopData.Load(shopDirectory, TimeProvider.System);
            var full = new ShopUnderstanding(options, shop.Catalogue, () => DateOnly.FromDateTime(shop.Timeline.Now.DateTime));
            return text => full.Understand(text);
        }
        output.WriteLine($"(no catalogue in {shopDirectory}: latency is the intent model's alone)");
        var classifier = IntentClassifier.LoadOrTrain(options);
        return text =>
        {
            var p = classifier.Predict(text);
            return new MessageUnderstanding(Domain.ShopLanguage.Zh, p.Intent, p.Confidence, p.RunnerUpIntent, p.RunnerUpConfidence, MessageEntities.None, ShopperMood.Calm);
        };
    }

    private static (double P50, double P99) Latency(IReadOnlyList<Utterance> messages, Func<string, MessageUnderstanding> understand)
    {
        foreach (var m in messages.Take(50)) understand(m.Text);
        var samples = new List<double>(messages.Count * LatencyRounds);
        for (var round = 0; round < LatencyRounds; round++)
        {
            foreach (var m in messages)
            {
                var start = Stopwatch.GetTimestamp();
                understand(m.Text);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        samples.Sort();
        return (Percentile.Of(samples, 0.50), Percentile.Of(samples, 0.99));
    }

    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static UnderstandingOptions Options(string[] args, IConfiguration? configuration)
    {
        // A verb is the job that builds the model: it never waits for one (ShopAssistant:Models:TrainAtStart is for instances).
        var options = (configuration ?? new ConfigurationBuilder().Build()).BindUnderstandingOptions() with { Models = new ModelsOptions() };
        if (Value(args, "--data") is { } data) options = options with { DataDirectory = Path.GetFullPath(data) };
        if (Value(args, "--model") is { } model) options = options with { ModelDirectory = Path.GetFullPath(model) };
        return options;
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
