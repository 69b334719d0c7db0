namespace ShopAssistant.Recommendations.History;

/// <summary>
/// Everything derived from one history that candidate generation and features need: the history itself, the
/// co-purchase neighbours and the popularity orders. Built once per cut-off (at startup, or per split in training).
/// </summary>
public sealed class PurchaseSignals
{
    private PurchaseSignals(PurchaseHistory history, CoPurchaseIndex coPurchase)
    {
        History = history;
        CoPurchase = coPurchase;
        RecentPopular = Evaluation.PopularityBaseline.Order(history, p => p.BuyersLastMonth, p => p.Buyers);
    }

    public PurchaseHistory History { get; }
    public CoPurchaseIndex CoPurchase { get; }

    /// <summary>Products by distinct buyers in the last month (ties by buyers overall): the cold-start list.</summary>
    public IReadOnlyList<int> RecentPopular { get; }

    public static PurchaseSignals From(PurchaseHistory history, int neighbours = CoPurchaseIndex.DefaultNeighbours) =>
        new(history, CoPurchaseIndex.Build(history, neighbours));
}
