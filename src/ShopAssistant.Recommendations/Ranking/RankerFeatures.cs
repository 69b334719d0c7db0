using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// The ranker's view of one (shopper, product) pair, all computed from the history before its cut-off:
/// the shopper's own record with the product, co-purchase evidence, the product's sales and trend, and the
/// shopper's habits. Change the list → bump <see cref="Version"/> so that saved models are retrained.
/// </summary>
public static class RankerFeatures
{
    public const int Count = 29;
    public const int Version = 1;

    /// <summary>Stands in for "never" in day counts: longer than the whole history.</summary>
    private const float Never = 500;

    public static float[] For(PurchaseHistory history, ShopperProfile shopper, Candidate candidate)
    {
        var f = new float[Count];
        Fill(f, history, shopper, candidate);
        return f;
    }

    public static void Fill(Span<float> f, PurchaseHistory history, ShopperProfile shopper, Candidate candidate)
    {
        var asOf = history.AsOf;
        var product = history.Products[candidate.Item];
        shopper.Items.TryGetValue(candidate.Item, out var own);

        f[0] = own?.Lines ?? 0;
        f[1] = own?.Orders ?? 0;
        f[2] = (float)Math.Log(1 + (own?.Quantity ?? 0));
        f[3] = own is null ? Never : Days(asOf - own.Last);
        f[4] = own is null ? Never : Days(asOf - own.First);
        f[5] = own is null ? 0 : (float)own.Orders / Math.Max(1, shopper.Orders);
        f[6] = own?.LinesLast90Days ?? 0;
        // How overdue the next purchase is, against the shopper's own rhythm for this product.
        f[7] = own is { Orders: >= 2 } ? Days(asOf - own.Last) / Math.Max(1f, Days(own.Last - own.First) / (own.Orders - 1)) : -1;

        f[8] = candidate.CoPurchase;
        f[9] = candidate.CoPurchaseMax;
        f[10] = candidate.CoPurchaseRecent;
        f[11] = candidate.CoPurchase / Math.Max(1, shopper.Items.Count);

        f[12] = (float)Math.Log(1 + product.Buyers);
        f[13] = product.BuyersLastMonth;
        f[14] = product.BuyersMonthBefore;
        f[15] = (product.BuyersLastMonth + 1f) / (product.BuyersMonthBefore + 1f);
        f[16] = Days(asOf - product.FirstSold);
        f[17] = Days(asOf - product.LastSold);
        f[18] = product.Buyers == 0 ? 0 : (float)product.RepeatBuyers / product.Buyers;
        f[19] = (float)Math.Log(1 + (double)product.MeanPriceRmb);
        f[27] = product.Buyers == 0 ? 0 : (float)product.BuyersLastMonth / product.Buyers;

        f[20] = shopper.Orders;
        f[21] = shopper.Items.Count;
        f[22] = Days(asOf - shopper.Last);
        f[23] = shopper.OrdersLast90Days;
        f[24] = (float)shopper.LinesByCategory.GetValueOrDefault(product.CategoryId) / Math.Max(1, shopper.Lines);
        f[25] = shopper.MeanLinePriceRmb == 0 ? 1 : (float)(product.MeanPriceRmb / shopper.MeanLinePriceRmb);
        f[26] = own is null ? 0 : 1;
        f[28] = Days(asOf - shopper.First);
    }

    private static float Days(TimeSpan span) => (float)span.TotalDays;
}
