namespace ShopAssistant.Recommendations.History;

/// <summary>What one shopper has done with one product up to the history's cut-off.</summary>
public sealed class OwnPurchase
{
    public int Lines { get; internal set; }
    public int Orders { get; internal set; }
    public int Quantity { get; internal set; }
    public int LinesLast90Days { get; internal set; }
    public DateTime First { get; internal set; } = DateTime.MaxValue;
    public DateTime Last { get; internal set; } = DateTime.MinValue;
    internal int LastOrderNo { get; set; } = -1;
}
