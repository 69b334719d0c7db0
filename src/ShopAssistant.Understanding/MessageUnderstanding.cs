using ShopAssistant.Domain;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Understanding;

/// <summary>What one shopper message says: its language, its intent (with the runner-up), its entities and its mood.</summary>
public sealed record MessageUnderstanding(
    ShopLanguage Language,
    string Intent,
    double Confidence,
    string RunnerUpIntent,
    double RunnerUpConfidence,
    MessageEntities Entities,
    ShopperMood Mood)
{
    /// <summary>The situation the message describes (place, time, days ago, payment method…), for computed answers.</summary>
    public ShopperSlots Slots { get; init; } = ShopperSlots.None;

    /// <summary>The message in normal form with shop terms restored (油费 → 邮费): what retrieval should search for.</summary>
    public string NormalText { get; init; } = "";

    /// <summary>Rule topics the message's words point to (topics.json), most cue words first.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Letters only, and not one word a shopper has been seen to use: the model's reading of it is a guess.</summary>
    public bool Unfamiliar { get; init; }

    /// <summary>The shopper turns a person down ("不用转人工了", "no need for a human"): no request for one (H3.1).</summary>
    public bool DeclinesPerson { get; init; }

    /// <summary>How likely the handbook is to send this message to a person (<see cref="Intents.HandoffJudge"/>), 0 to 1.</summary>
    public double HandoffLikelihood { get; init; }

    /// <summary>How likely the message wants products shown (<see cref="Intents.ShoppingJudge"/>), 0 to 1.</summary>
    public double ShoppingLikelihood { get; init; }
}

/// <summary>
/// The facts a message names. A full mobile number is only flagged, never kept: the bot must not echo it.
/// StockCodes hold codes typed by the shopper first, then products matched by name.
/// </summary>
public sealed record MessageEntities(
    IReadOnlyList<int> OrderNumbers,
    string? PhoneLast4,
    bool ContainsFullPhone,
    IReadOnlyList<string> StockCodes,
    IReadOnlyList<string> CategoryIds,
    IReadOnlyList<decimal> AmountsRmb,
    IReadOnlyList<DateOnly> Dates)
{
    public static readonly MessageEntities None = new([], null, false, [], [], [], []);
}

/// <summary>
/// The signals behind handbook H3's escalation rules. Negativity is 0 (calm) … 1 (furious);
/// the flags say which trigger family a message hit.
/// </summary>
public sealed record ShopperMood(
    double Negativity,
    bool Abusive,
    bool ThreatensComplaint,
    bool Safety,
    bool Legal,
    bool AsksForHuman,
    bool SaysNotHelpful)
{
    public static readonly ShopperMood Calm = new(0, false, false, false, false, false, false);

    /// <summary>How many angry words (the lexicon's negative family) the message has; "没用" alone is disappointment, not anger.</summary>
    public int AngryWords { get; init; }

    /// <summary>Says a parcel has not moved for days (handbook S8), in words from the lexicon's stalledParcel family.</summary>
    public bool ReportsStalledParcel { get; init; }

    /// <summary>Asks for compensation beyond a refund (handbook R8), in words from the lexicon's compensation family.</summary>
    public bool ClaimsCompensation { get; init; }

    /// <summary>Says the bot has failed more than once already ("you keep misunderstanding me", 第三次问了): H3.3 in one message.</summary>
    public bool SaysFailedAgain { get; init; }
}
