namespace ShopAssistant.Recommendations.History;

/// <summary>
/// Everything derived from one history that candidate generation and features need: the history itself, the
/// co-purchase neighbours (over shoppers and over baskets), TIFU-style repeat vectors with each shopper's nearest
/// neighbours, and the popularity orders. Built once per cut-off (at startup, or per split in training).
/// </summary>
public sealed class PurchaseSignals
{
    /// <summary>
    /// The repeat vectors' shape, fixed rather than tuned: the TIFU-KNN paper's typical values (groups of 3, within
    /// 0.9, between 0.7, 300 neighbours). Tuning them on test windows would leak; the ranker weighs them anyway.
    /// </summary>
    public static readonly DecayedBasketVectors RepeatVectorShape = new(3, 0.9, 0.7);
    public const int RepeatNeighbours = 300;

    private PurchaseSignals(PurchaseHistory history, CoPurchaseIndex coPurchase, CoPurchaseIndex inBaskets)
    {
        History = history;
        CoPurchase = coPurchase;
        InBaskets = inBaskets;
        RepeatVectors = new ShopperNeighbours(RepeatVectorShape.ForAll(history), history.Products.Count).WithNearestKept(RepeatNeighbours);
        RecentPopular = Evaluation.PopularityBaseline.Order(history, p => p.BuyersLastMonth, p => p.Buyers);
    }

    public PurchaseHistory History { get; }
    public CoPurchaseIndex CoPurchase { get; }

    /// <summary>Products that share baskets (orders), not just shoppers.</summary>
    public CoPurchaseIndex InBaskets { get; }

    /// <summary>Every shopper's decayed repeat vector, and their nearest shoppers by it.</summary>
    public ShopperNeighbours RepeatVectors { get; }

    /// <summary>Products by distinct buyers in the last month (ties by buyers overall): the cold-start list.</summary>
    public IReadOnlyList<int> RecentPopular { get; }

    public static PurchaseSignals From(PurchaseHistory history, int neighbours = CoPurchaseIndex.DefaultNeighbours) =>
        new(history, CoPurchaseIndex.Build(history, neighbours), CoPurchaseIndex.BuildFromBaskets(history, 50));
}
