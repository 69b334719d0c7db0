namespace ShopAssistant.Assistant.Suggestions;

/// <summary>
/// Where the product suggestions of one turn came from, for the reply's metadata: the trained recommender, or the
/// shop's popular products (no recommender, or the recommender is still loading or training after a start). The bot
/// begins a record before it asks the assistant; the suggestions port writes into it however deep the call.
/// A turn that records nothing made no suggestions.
/// </summary>
public sealed class SuggestionSource
{
    public const string Model = "model";
    public const string Popular = "popular";

    // The record object flows down with the turn's execution context; the port sets its fields, which the bot then
    // reads (a value set in the async local itself would not flow back up to the caller).
    private static readonly AsyncLocal<SuggestionSource?> Current = new();

    /// <summary><see cref="Model"/> or <see cref="Popular"/>; null when nothing was suggested this turn.</summary>
    public string? Source { get; private set; }

    /// <summary>Whether the trained recommender was ready when the suggestions were made (false while it trains or loads).</summary>
    public bool ModelReady { get; private set; }

    /// <summary>Starts recording for the calls made from here on in this execution flow (one shopper turn).</summary>
    public static SuggestionSource Begin() => Current.Value = new SuggestionSource();

    internal static void Record(string source, bool modelReady)
    {
        if (Current.Value is not { } record) return;
        record.Source = source;
        record.ModelReady = modelReady;
    }
}
