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
    public static HandoffJudge LoadOrTrain(UnderstandingOptions options) => new(JudgeModel.Handoff.LoadOrTrain(options));

    /// <summary>The probability that the message, in its normal form, goes to a person.</summary>
    public double Likelihood(string normalText) => JudgeModel.Handoff.Probability(_model, normalText);
}
