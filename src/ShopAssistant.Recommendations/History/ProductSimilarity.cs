namespace ShopAssistant.Recommendations.History;

/// <summary>
/// Cosine similarity between products over the binary shopper × product matrix ("shoppers who bought X also
/// bought Y"), as a dense matrix. Dense is affordable here (~3.6k products → ~50 MB of floats) and makes the
/// full-neighbourhood item-kNN baseline exact; the recommender keeps only each product's top neighbours.
/// </summary>
internal static class ProductSimilarity
{
    public static float[] Cosine(PurchaseHistory history)
    {
        var n = history.Products.Count;
        var matrix = new float[(long)n * n];
        foreach (var shopper in history.Shoppers)
        {
            var items = shopper.Items.Keys.ToArray();
            for (var a = 0; a < items.Length; a++)
            {
                var row = (long)items[a] * n;
                for (var b = 0; b < items.Length; b++) matrix[row + items[b]] += 1f;
            }
        }
        var norms = new float[n];
        for (var i = 0; i < n; i++) norms[i] = MathF.Sqrt(history.Products[i].Buyers);
        for (var i = 0; i < n; i++)
        {
            var row = (long)i * n;
            for (var j = 0; j < n; j++)
            {
                if (matrix[row + j] != 0) matrix[row + j] /= norms[i] * norms[j];
            }
        }
        return matrix;
    }

    /// <summary>
    /// Cosine over orders instead of shoppers: how often two products share a basket. "Bought together" in the
    /// literal sense, which shopper-level co-purchase blurs for shoppers with long histories.
    /// </summary>
    public static float[] CosineInBaskets(PurchaseHistory history)
    {
        var n = history.Products.Count;
        var matrix = new float[(long)n * n];
        var baskets = new float[n];
        foreach (var shopper in history.Shoppers)
        {
            foreach (var basket in shopper.Baskets)
            {
                var items = basket.Items;
                for (var a = 0; a < items.Count; a++)
                {
                    baskets[items[a]]++;
                    var row = (long)items[a] * n;
                    for (var b = 0; b < items.Count; b++) matrix[row + items[b]] += 1f;
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            var row = (long)i * n;
            for (var j = 0; j < n; j++)
            {
                if (matrix[row + j] != 0) matrix[row + j] /= MathF.Sqrt(baskets[i] * baskets[j]);
            }
        }
        return matrix;
    }
}
