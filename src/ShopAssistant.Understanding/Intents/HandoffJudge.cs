namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// How likely the handbook is to send a message to a person, learned from whole messages rather than from words. H3's
/// situations are told in stories ("the handle came off and the pot landed on my foot", "last scan was saturday and it's
/// wednesday", "see you in the reviews") that no word list covers; a model of the intent pipeline trained on messages
/// labelled only `handoff` or `answer` (data/understanding/handoffs.train.tsv, written from the development sets) reads
/// them better than the rules do on sets it never saw. The escalation rules decide first; this only adds what they miss.
/// </summary>
public sealed class HandoffJudge
{
    public const string Handoff = "handoff";
    public const string Answer = "answer";

    private readonly IntentClassifier _model;

    private HandoffJudge(IntentClassifier model) => _model = model;

    /// <summary>The cached model in ModelDirectory/handoff, trained first when the labelled file changed.</summary>
    public static HandoffJudge LoadOrTrain(UnderstandingOptions options) => LoadOrTrain(options, out _);

    internal static HandoffJudge LoadOrTrain(UnderstandingOptions options, out bool trained, bool force = false) =>
        LoadOrTrain(options, Training(options), out trained, force);

    internal static HandoffJudge LoadOrTrain(UnderstandingOptions options, UtteranceSet training, out bool trained, bool force = false) =>
        new(IntentClassifier.LoadOrTrain(training, ModelDirectory(options.ModelDirectory), options.Models, IntentTrainerKind.Lbfgs, out trained, force));

    /// <summary>The labelled messages the judge learns from; any label but its two is an error.</summary>
    internal static UtteranceSet Training(UnderstandingOptions options) => UtteranceSet.Load(options.HandoffTrainingFile, label => label is Handoff or Answer);

    /// <summary>Beside the intent model, in a folder of its own.</summary>
    public static string ModelDirectory(string intentModelDirectory) => Path.Combine(intentModelDirectory, Handoff);

    /// <summary>The probability that the message, in its normal form, goes to a person.</summary>
    public double Likelihood(string normalText) => normalText.Length == 0 ? 0 : _model.Predict(normalText).ProbabilityOf(Handoff);
}
