using ShopAssistant.Domain;

namespace ShopAssistant.Understanding;

/// <summary>What one shopper message says: its language, its intent (with the runner-up), its entities and its mood.</summary>
public sealed record MessageUnderstanding(
    ShopLanguage Language,
    string Intent,
    double Confidence,
    string RunnerUpIntent,
    double RunnerUpConfidence,
    MessageEntities Entities,
    ShopperMood Mood);

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
}
