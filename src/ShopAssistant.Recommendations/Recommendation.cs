namespace ShopAssistant.Recommendations;

/// <summary>Which list the shopper asked for.</summary>
public enum RecommendationKind
{
    /// <summary>Products the shopper bought before and is likely to reorder.</summary>
    BuyAgain,

    /// <summary>Products the shopper never bought, ranked for them.</summary>
    Discover,

    /// <summary>Products often bought together with <see cref="RecommendationRequest.StockCode"/>.</summary>
    BoughtTogether,

    /// <summary>What sold to most shoppers in the last month: the list for unknown shoppers (cold start).</summary>
    Popular,

    /// <summary>Products like <see cref="RecommendationRequest.StockCode"/>: its shelf, bought by the same shoppers, never itself.</summary>
    Similar,
}

/// <summary>
/// A request for a list. <paramref name="K"/> is clamped to 1…50. An unknown or new customer gets the popular list;
/// an unknown stock code gets an empty list.
/// </summary>
public sealed record RecommendationRequest(RecommendationKind Kind, int? CustomerId = null, string? StockCode = null, int K = 10, RecommendationFilter? Filter = null);

/// <summary>
/// Restricts a list to one shelf and/or a price range (RMB, inclusive); a gift conversation may also allow several shelves
/// (<see cref="CategoryIds"/>, any of them) and leave out shelves, products whose English name contains a word
/// ("CANDLE"), and products by stock code (already shown, or the one the shopper wants something like).
/// </summary>
public sealed record RecommendationFilter(string? CategoryId = null, decimal? MaxPriceRmb = null, decimal? MinPriceRmb = null)
{
    public IReadOnlyList<string> CategoryIds { get; init; } = [];
    public IReadOnlyList<string> ExcludedCategoryIds { get; init; } = [];
    public IReadOnlyList<string> ExcludedWords { get; init; } = [];
    public IReadOnlyList<string> ExcludedStockCodes { get; init; } = [];

    /// <summary>When given, a product's name must contain one of these ("MUG" for "mugs": the kitchen shelf holds more than mugs).</summary>
    public IReadOnlyList<string> NameWords { get; init; } = [];
}

/// <summary>One recommended product with the reason to show the shopper, in both languages.</summary>
public sealed record Recommendation(string StockCode, string Name, decimal PriceRmb, string CategoryId, double Score, string ReasonZh, string ReasonEn);

/// <summary>The recommender as the assistant, the REST API and the host see it.</summary>
public interface IRecommender
{
    IReadOnlyList<Recommendation> Recommend(RecommendationRequest request);
}
