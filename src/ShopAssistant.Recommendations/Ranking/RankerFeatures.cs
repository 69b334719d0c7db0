using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// The ranker's view of one (shopper, product) pair, all computed from the history before its cut-off:
/// the shopper's own record with the product, co-purchase evidence, the product's sales and trend, and the
/// shopper's habits. Change the list → bump <see cref="Version"/> so that saved models are retrained.
/// </summary>
public static class RankerFeatures
{
    public const int Count = 41;
    public const int Version = 2;

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

        // Repeat timing, the part next-basket methods model explicitly: decayed repeat vectors (own, neighbours'),
        // basket-level company of the latest orders, and how due a re-buy is against the product's usual interval.
        f[29] = candidate.RepeatWeight;
        f[30] = candidate.NeighbourRepeatWeight;
        f[31] = candidate.WithLastBasket;
        f[32] = candidate.WithRecentBaskets;
        f[33] = candidate.InLastBasket;
        f[34] = candidate.ShareOfLastFiveBaskets;
        f[35] = product.MeanRebuyDays ?? Never;
        f[36] = own is not null && product.MeanRebuyDays is { } rebuy ? Days(asOf - own.Last) / Math.Max(1f, rebuy) : -1;
        var orderGap = shopper.Orders >= 2 ? Days(shopper.Last - shopper.First) / (shopper.Orders - 1) : Never;
        f[37] = orderGap;
        f[38] = Days(asOf - shopper.Last) / Math.Max(1f, orderGap);
        f[39] = product.BuyersLast14Days;
        f[40] = own is null ? 0 : (float)own.Orders / Math.Max(1, OrdersSince(shopper, own.First));
    }

    /// <summary>How many of the shopper's orders were placed at or after <paramref name="from"/> (baskets are oldest first).</summary>
    private static int OrdersSince(ShopperProfile shopper, DateTime from)
    {
        int lo = 0, hi = shopper.Baskets.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (shopper.Baskets[mid].PlacedAt < from) lo = mid + 1; else hi = mid;
        }
        return shopper.Baskets.Count - lo;
    }

    private static float Days(TimeSpan span) => (float)span.TotalDays;
}
