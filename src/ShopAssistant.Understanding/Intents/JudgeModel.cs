namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// What the judges (handoff, follow-up, shopping) share: each is one of the intent pipeline's models, trained on a labelled
/// file of its own with two labels, cached in a folder of its own beside the intent model, and read as the probability of
/// its first label. The `train` verb, the build's prepared models and the frozen-lines test go through <see cref="All"/>.
/// </summary>
public sealed record JudgeModel(string Name, string Unit, string FileName, string Folder, string Yes, string No)
{
    public static readonly JudgeModel Handoff = new("handoff judge", "messages", "handoffs.train.tsv", "handoff", HandoffJudge.Handoff, HandoffJudge.Answer);
    public static readonly JudgeModel FollowUp = new("follow-up judge", "turns", "followups.train.tsv", "followup", FollowUpJudge.Follows, FollowUpJudge.New);
    public static readonly JudgeModel Shopping = new("shopping judge", "messages", "shopping.train.tsv", "shopping", ShoppingJudge.Shops, ShoppingJudge.Other);

    public static IReadOnlyList<JudgeModel> All { get; } = [Handoff, FollowUp, Shopping];

    public string TrainingFile(UnderstandingOptions options) => Path.Combine(options.DataDirectory, FileName);

    /// <summary>Beside the intent model, in a folder of its own.</summary>
    public string ModelDirectory(string intentModelDirectory) => Path.Combine(intentModelDirectory, Folder);

    /// <summary>The labelled lines the judge learns from; any label but its two is an error.</summary>
    internal UtteranceSet Training(UnderstandingOptions options) => UtteranceSet.Load(TrainingFile(options), label => label == Yes || label == No);

    /// <summary>The cached model, trained first when the labelled lines changed.</summary>
    internal IntentClassifier LoadOrTrain(UnderstandingOptions options, UtteranceSet training, out bool trained, bool force = false) =>
        IntentClassifier.LoadOrTrain(training, ModelDirectory(options.ModelDirectory), options.Models, IntentTrainerKind.Lbfgs, out trained, force);

    internal IntentClassifier LoadOrTrain(UnderstandingOptions options) => LoadOrTrain(options, Training(options), out _);

    /// <summary>The probability of <see cref="Yes"/> for a line; 0 for an empty one.</summary>
    internal double Probability(IntentClassifier model, string line) => line.Length == 0 ? 0 : model.Predict(line).ProbabilityOf(Yes);
}
