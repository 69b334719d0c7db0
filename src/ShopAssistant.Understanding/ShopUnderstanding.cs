using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Understanding.Entities;
using ShopAssistant.Understanding.Intents;
using ShopAssistant.Understanding.Language;
using ShopAssistant.Understanding.Mood;
using ShopAssistant.Understanding.Slots;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding;

/// <summary>
/// The understanding layer: language by script, intent by the ML.NET model, entities and mood by rules.
/// The intent model is loaded (or trained, when the utterances changed) at first use; everything else is ready at once.
/// </summary>
public sealed class ShopUnderstanding : IMessageUnderstanding
{
    private readonly UnderstandingOptions _options;
    private readonly Lazy<IntentClassifier> _intents;
    private readonly Lazy<HandoffJudge> _handoffs;
    private readonly Lazy<FollowUpJudge> _followUps;
    private readonly Lazy<ShoppingJudge> _shopping;
    private readonly EntityExtractor _entities;
    private readonly MoodDetector _mood;
    private readonly ShopTerms _terms;
    private readonly PlaceReader _places;
    private readonly TopicCues _topics;
    private readonly Vocabulary _vocabulary;

    /// <param name="today">The shop's date (Beijing time), for 今天/yesterday/12月20日.</param>
    public ShopUnderstanding(UnderstandingOptions options, Catalogue catalogue, Func<DateOnly> today)
        : this(options, catalogue, today, new Lazy<IntentClassifier>(() => IntentClassifier.LoadOrTrain(options)),
            new Lazy<HandoffJudge>(() => HandoffJudge.LoadOrTrain(options)), new Lazy<FollowUpJudge>(() => FollowUpJudge.LoadOrTrain(options)),
            new Lazy<ShoppingJudge>(() => ShoppingJudge.LoadOrTrain(options)))
    {
    }

    internal ShopUnderstanding(UnderstandingOptions options, Catalogue catalogue, Func<DateOnly> today, Lazy<IntentClassifier> intents, Lazy<HandoffJudge> handoffs,
        Lazy<FollowUpJudge> followUps, Lazy<ShoppingJudge> shopping)
    {
        _options = options;
        _intents = intents;
        _handoffs = handoffs;
        _followUps = followUps;
        _shopping = shopping;
        _terms = ShopTerms.Load(options.ShopTermsFile);
        // Word lists are read in the form messages are: normalised, with the shop's terms applied.
        string Normal(string term) => _terms.Apply(ShopperText.Normalise(term));
        var lexicon = MoodLexicon.Load(options.LexiconFile, Normal);
        _entities = new EntityExtractor(catalogue, lexicon.CategoryAliasExceptions, today);
        _mood = new MoodDetector(lexicon);
        _places = new PlaceReader(options.PlacesFile);
        _topics = TopicCues.Load(options.TopicsFile, Normal);
        _vocabulary = Vocabulary.Load([.. options.TrainingFiles, options.ShopTermsFile, options.TopicsFile, options.LexiconFile]);
    }

    /// <summary>"尾号6014" is a phone suffix, not a basket of ¥6,014.</summary>
    private static bool IsPhoneSuffix(decimal? number, MessageEntities entities) =>
        number is { } n && entities.PhoneLast4 is { } last4 && n.ToString(System.Globalization.CultureInfo.InvariantCulture) == last4.TrimStart('0');

    /// <summary>The intent model, loading or training it now if this is the first use.</summary>
    public IntentClassifier Intents => _intents.Value;

    public double FollowUpLikelihood(string topic, string normalText) => _followUps.Value.Likelihood(topic, normalText);

    public MessageUnderstanding Understand(string text, ShopLanguage? previousLanguage = null)
    {
        text ??= "";
        var normal = _terms.Apply(ShopperText.Normalise(text));
        var language = LanguageDetector.Detect(normal, previousLanguage ?? _options.DefaultLanguage);
        var intent = normal.Length == 0
            ? new IntentPrediction(IntentLabels.Other, 0, IntentLabels.Other, 0)
            : _intents.Value.Predict(normal);
        var entities = _entities.Read(normal);
        var slots = SituationReader.Read(normal, _places.Read(normal));
        var received = ReceivedIsNoCancel.Applies(normal, slots);
        if (received) intent = ReceivedIsNoCancel.Apply(intent);
        var declines = DeclinedPerson.Applies(normal);
        if (declines) intent = DeclinedPerson.Apply(intent, normal);
        return new MessageUnderstanding(language, intent.Intent, intent.Confidence, intent.RunnerUpIntent, intent.RunnerUpConfidence,
            entities, _mood.Read(text, normal))
        {
            Slots = slots with { Amount = entities.AmountsRmb.Count > 0 ? entities.AmountsRmb[^1] : IsPhoneSuffix(slots.Amount, entities) ? null : slots.Amount },
            NormalText = normal,
            Topics = received ? ReceivedIsNoCancel.Apply(_topics.Find(normal)) : _topics.Find(normal),
            // A place the shop knows ("Kaohsiung", "Baotou") is a word the shop has seen, whatever the intent model's data holds.
            Unfamiliar = slots.Place is null && _vocabulary.IsUnfamiliar(normal),
            DeclinesPerson = declines,
            HandoffLikelihood = _handoffs.Value.Likelihood(normal),
            ShoppingLikelihood = _shopping.Value.Likelihood(normal),
        };
    }
}
