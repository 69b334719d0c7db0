namespace ShopAssistant.Recommendations.History;

/// <summary>A shopper's purchases up to the cut-off, by product index, plus the totals the ranker reads.</summary>
public sealed class ShopperProfile(int customerId)
{
    public int CustomerId { get; } = customerId;
    public Dictionary<int, OwnPurchase> Items { get; } = [];
    public int Orders { get; internal set; }
    public int OrdersLast90Days { get; internal set; }
    public int Lines { get; internal set; }
    public decimal SpentRmb { get; internal set; }
    public DateTime First { get; internal set; } = DateTime.MaxValue;
    public DateTime Last { get; internal set; } = DateTime.MinValue;
    public Dictionary<string, int> LinesByCategory { get; } = new(StringComparer.Ordinal);

    /// <summary>The shopper's orders, oldest first, each with its distinct products.</summary>
    public List<Basket> Baskets { get; } = [];
    internal int LastOrderNo { get; set; } = -1;

    public decimal MeanLinePriceRmb => Lines == 0 ? 0 : SpentRmb / Lines;
}
