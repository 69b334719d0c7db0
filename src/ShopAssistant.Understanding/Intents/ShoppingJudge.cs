namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// Whether a message wants products shown: it asks for ideas, names a kind of thing, or describes who or what it is for,
/// a budget or what to leave out ("送我爸的 他啥都不缺", "Mum bakes every weekend and her cake stand cracked", also beside a
/// rule question). The gift rules read the requests of the development sets but miss needs told as stories, which new
/// shoppers write; this model of the intent pipeline, trained on messages labelled `shops` or `other`
/// (data/understanding/shopping.train.tsv, mostly written from the handbook and the catalogue by authors who never saw the
/// bot), reads them as a whole. The gift rules decide first; this only adds what they miss.
/// </summary>
public sealed class ShoppingJudge
{
    public const string Shops = "shops";
    public const string Other = "other";

    private readonly IntentClassifier _model;

    private ShoppingJudge(IntentClassifier model) => _model = model;

    public static ShoppingJudge LoadOrTrain(UnderstandingOptions options) => new(JudgeModel.Shopping.LoadOrTrain(options));

    /// <summary>The probability that the message, in its normal form, wants products shown.</summary>
    public double Likelihood(string normalText) => JudgeModel.Shopping.Probability(_model, normalText);
}
