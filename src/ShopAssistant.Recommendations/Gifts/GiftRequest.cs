namespace ShopAssistant.Recommendations.Gifts;

/// <summary>
/// What one message of a recommendation conversation says, before the conversation's memory is applied: shelves and
/// budget, who the gift is for and the occasion, what the shopper does not want, a product they want something like or
/// something to go with, and the refinements of a list already shown ("cheaper", "换一批").
/// </summary>
public sealed record GiftRequest
{
    /// <summary>Shelves the shopper asked for by naming a kind of thing (any of them).</summary>
    public IReadOnlyList<string> CategoryIds { get; init; } = [];
    /// <summary>Name stems of the things named ("MUG", "CUP" for "杯子"): the list shows those first.</summary>
    public IReadOnlyList<string> ThingWords { get; init; } = [];
    /// <summary>The shelves come only from kinds the catalogue's names end in (<see cref="NamedKinds"/>), none from the gift lexicon.</summary>
    public bool KindsFromNamesOnly { get; init; }

    public decimal? MinPriceRmb { get; init; }
    public decimal? MaxPriceRmb { get; init; }

    /// <summary>"mum", "colleague"… (<see cref="GiftLexicon"/> keys); null when not named.</summary>
    public string? Recipient { get; init; }

    /// <summary>"birthday", "christmas", "housewarming"… (<see cref="GiftLexicon"/> keys); null when not named.</summary>
    public string? Occasion { get; init; }

    /// <summary>Upper-case words of product names the shopper likes ("VINTAGE"): preferred, never required.</summary>
    public IReadOnlyList<string> StyleWords { get; init; } = [];

    public IReadOnlyList<string> ExcludedCategoryIds { get; init; } = [];
    public IReadOnlyList<string> ExcludedWords { get; init; } = [];

    /// <summary>"something like X": the product named.</summary>
    public string? SimilarTo { get; init; }

    /// <summary>The price of <see cref="SimilarTo"/>: "like X but cheaper" is below it.</summary>
    public decimal? SimilarPriceRmb { get; init; }

    /// <summary>"what goes with this / with X?": the product named, or "" for the card just shown.</summary>
    public string? GoesWith { get; init; }

    /// <summary>The message corrects the request ("actually it's for my dad"): what it changes replaces, the rest stays.</summary>
    public bool Corrects { get; init; }

    public bool Cheaper { get; init; }
    public bool Others { get; init; }

    /// <summary>The message asks for suggestions or gifts in so many words ("推荐", "gift ideas", "looking for").</summary>
    public bool AsksForSuggestions { get; init; }

    /// <summary>Something to leave out: a shelf or a name word.</summary>
    public bool LeavesOut => ExcludedCategoryIds.Count > 0 || ExcludedWords.Count > 0;

    /// <summary>Anything a recommendation could use.</summary>
    public bool SaysSomething =>
        CategoryIds.Count > 0 || MinPriceRmb is not null || MaxPriceRmb is not null || Recipient is not null || Occasion is not null
        || StyleWords.Count > 0 || LeavesOut || SimilarTo is not null || GoesWith is not null
        || Cheaper || Others;

    /// <summary>Only changes the list just shown (cheaper, others, an exclusion or a new budget): no new thing asked for.</summary>
    public bool OnlyRefines =>
        CategoryIds.Count == 0 && (Recipient is null || Corrects) && SimilarTo is null && GoesWith is null
        && (Cheaper || Others || LeavesOut || MinPriceRmb is not null || MaxPriceRmb is not null || StyleWords.Count > 0 || Corrects && Recipient is not null);
}
