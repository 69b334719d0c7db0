using IntentLabels = ShopAssistant.Domain.Conversations.Intents;
using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Understanding.Intents;

/// <summary>The top intent with its probability, and the runner-up (the orchestrator asks when the two are close).</summary>
public readonly record struct IntentPrediction(string Intent, double Confidence, string RunnerUpIntent, double RunnerUpConfidence)
{
    /// <summary>The probability of a label among the best two (all of a two-label judge's), else 0.</summary>
    public double ProbabilityOf(string label) => Intent == label ? Confidence : RunnerUpIntent == label ? RunnerUpConfidence : 0;
}

/// <summary>
/// Predicts the intent of a message. ML.NET's PredictionEngine is not thread-safe and costs ~1 ms to build, so
/// engines are pooled: each call borrows one, and at most one per concurrent caller is ever created.
/// </summary>
public sealed class IntentClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<IntentInput, IntentOutput>> _engines = [];
    private readonly string[] _labels;

    internal IntentClassifier(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        var engine = CreateEngine();
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        _engines.Add(engine);
    }

    /// <summary>The labels the model knows, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Loads the cached model, training it first when the utterance file changed (see IntentModelCache).</summary>
    public static IntentClassifier LoadOrTrain(UnderstandingOptions options, IntentTrainerKind kind = IntentTrainerKind.Lbfgs) =>
        LoadOrTrain(options, kind, out _);

    internal static IntentClassifier LoadOrTrain(UnderstandingOptions options, IntentTrainerKind kind, out bool trained, bool force = false) =>
        LoadOrTrain(UtteranceSet.Load(options.TrainingFiles), options.ModelDirectory, options.Models, kind, out trained, force);

    /// <summary>The same pipeline on another labelled file, cached in its own model directory (the handoff judge).</summary>
    internal static IntentClassifier LoadOrTrain(UtteranceSet training, string modelDirectory, ModelsOptions models, IntentTrainerKind kind, out bool trained, bool force = false)
    {
        var ml = new MLContext(IntentTrainer.Seed);
        var cache = new IntentModelCache(modelDirectory, models);
        var model = cache.LoadOrTrain(ml, training, kind, out _, force);
        trained = cache.Trainings > 0;
        return new IntentClassifier(ml, model);
    }

    /// <summary>Trains in memory without touching the cache (evaluation of alternatives).</summary>
    internal static IntentClassifier TrainInMemory(IEnumerable<Utterance> utterances, IntentTrainerKind kind)
    {
        var ml = new MLContext(IntentTrainer.Seed);
        return new IntentClassifier(ml, IntentTrainer.Train(ml, utterances, kind));
    }

    public IntentPrediction Predict(string text)
    {
        var input = new IntentInput { Text = IntentInput.Prepare(text) };
        if (!_engines.TryTake(out var engine)) engine = CreateEngine();
        IntentOutput output;
        try
        {
            output = engine.Predict(input);
        }
        finally
        {
            _engines.Add(engine);
        }

        var scores = output.Score;
        int best = -1, second = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (best < 0 || scores[i] > scores[best]) { second = best; best = i; }
            else if (second < 0 || scores[i] > scores[second]) second = i;
        }
        if (best < 0) return new IntentPrediction(IntentLabels.Other, 0, IntentLabels.Other, 0);
        return new IntentPrediction(_labels[best], scores[best],
            second < 0 ? _labels[best] : _labels[second], second < 0 ? 0 : scores[second]);
    }

    private PredictionEngine<IntentInput, IntentOutput> CreateEngine() =>
        _ml.Model.CreatePredictionEngine<IntentInput, IntentOutput>(_model);
}
