namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// Whether a message continues the rule question just answered ("and for Hainan?", "from when is that counted?", "我是花呗")
/// or starts another subject that looks like one ("also can I get an invoice?", "对了 能用花呗吗"). The dialogue rules read
/// the follow-ups of the development sets well but carry over to new shoppers only a little; this model of the intent
/// pipeline, trained on turn pairs labelled `follows` or `new` (data/understanding/followups.train.tsv, written from
/// conversations by authors who saw only the handbook), reads the form of a follow-up rather than its words. Each line is
/// the answered topic as one word, then the message, so that the same words may be read apart after different rules; one
/// word in a bag of n-grams learns that only weakly ("for my company" scores alike after an invoice and a postage answer).
/// </summary>
public sealed class FollowUpJudge
{
    public const string Follows = "follows";
    public const string New = "new";

    private readonly IntentClassifier _model;

    private FollowUpJudge(IntentClassifier model) => _model = model;

    public static FollowUpJudge LoadOrTrain(UnderstandingOptions options) => new(JudgeModel.FollowUp.LoadOrTrain(options));

    /// <summary>The topic as one word the featurizer keeps whole ("topicshippingpolicy"), then the message.</summary>
    public static string Line(string topic, string text) => $"topic{topic.Replace("_", "")} {text}";

    /// <summary>The probability that the message, in its normal form, continues the rule question about <paramref name="topic"/>.</summary>
    public double Likelihood(string topic, string normalText) => normalText.Length == 0 ? 0 : JudgeModel.FollowUp.Probability(_model, Line(topic, normalText));
}
