namespace ShopAssistant.Recommendations.History;

/// <summary>How a product sold up to the cut-off: overall, in the last month and in the month before it.</summary>
public sealed class ProductStats(string stockCode, string categoryId)
{
    public string StockCode { get; } = stockCode;
    public string CategoryId { get; } = categoryId;
    public int Buyers { get; internal set; }
    public int RepeatBuyers { get; internal set; }
    public int Lines { get; internal set; }
    public int BuyersLastMonth { get; internal set; }
    public int BuyersMonthBefore { get; internal set; }
    public DateTime FirstSold { get; internal set; } = DateTime.MaxValue;
    public DateTime LastSold { get; internal set; } = DateTime.MinValue;
    public decimal MeanPriceRmb { get; internal set; }
    public int BuyersLast14Days { get; internal set; }

    /// <summary>Days between a shopper's consecutive orders of this product, summed over all shoppers, and how many such gaps.</summary>
    public double RebuyGapDays { get; internal set; }
    public int RebuyGaps { get; internal set; }

    /// <summary>The product's typical re-buy interval in days (null when nobody bought it twice).</summary>
    public float? MeanRebuyDays => RebuyGaps == 0 ? null : (float)(RebuyGapDays / RebuyGaps);
}
