namespace ShopAssistant.Assistant.Dialogue;

/// <summary>
/// The gift conversation so far (issue 13 item 3): what the shopper asked for across turns and what was shown, so that
/// "cheaper", "换一批" or "not candles" refine the list just shown. Plain settable properties: serialised with the
/// conversation's memory.
/// </summary>
public sealed class GiftState
{
    public List<string> CategoryIds { get; set; } = [];
    public List<string> ThingWords { get; set; } = [];
    public decimal? MinPriceRmb { get; set; }
    public decimal? MaxPriceRmb { get; set; }
    public string? Recipient { get; set; }
    public string? Occasion { get; set; }
    public List<string> StyleWords { get; set; } = [];
    public List<string> ExcludedCategoryIds { get; set; } = [];
    public List<string> ExcludedWords { get; set; } = [];

    /// <summary>"something like X": X's stock code.</summary>
    public string? SimilarTo { get; set; }

    /// <summary>"what goes with X": X's stock code (the list is X's bought-together list).</summary>
    public string? GoesWith { get; set; }

    /// <summary>Every product shown in this gift conversation: "换一批" shows none of them again.</summary>
    public List<string> Shown { get; set; } = [];

    /// <summary>The cards of the last reply, first card first ("what goes with this?" means the first).</summary>
    public List<string> LastShown { get; set; } = [];

    /// <summary>The dearest card of the last reply: "cheaper" shows only cards below it.</summary>
    public decimal? LastDearest { get; set; }

    /// <summary>After "cheaper": below the dearest card shown then (the shopper's own budget stays as they said it).</summary>
    public decimal? Below { get; set; }

    /// <summary>The last reply showed this list, whatever else it answered: "cheaper?" refines it.</summary>
    public bool ListedLastTurn { get; set; }

    /// <summary>"换一批": leave out everything shown so far (only for this turn's list).</summary>
    public bool FreshOnly { get; set; }
}
