namespace ShopAssistant.Recommendations.History;

/// <summary>
/// TIFU-KNN's repeat vector of a shopper (Hu et al., SIGIR 2020), written from the paper's description: the
/// baskets, oldest first, are cut into groups of <see cref="GroupSize"/> (counting back from the latest, so the
/// oldest group is the short one); inside a group each basket's products weigh withinDecay^(baskets after it in
/// the group), averaged over the group; groups weigh betweenDecay^(groups after it), averaged over the groups.
/// The result says "what this shopper buys, and how lately", with frequency and recency in one number.
/// </summary>
public sealed record DecayedBasketVectors(int GroupSize, double WithinDecay, double BetweenDecay)
{
    public SparseVector For(ShopperProfile shopper)
    {
        var baskets = shopper.Baskets;
        if (baskets.Count == 0) return SparseVector.Empty;
        var groups = (baskets.Count + GroupSize - 1) / GroupSize;
        var firstGroupSize = baskets.Count - (groups - 1) * GroupSize;
        var weights = new Dictionary<int, float>();
        var start = 0;
        for (var g = 0; g < groups; g++)
        {
            var size = g == 0 ? firstGroupSize : GroupSize;
            var groupWeight = Math.Pow(BetweenDecay, groups - 1 - g) / groups;
            for (var b = 0; b < size; b++)
            {
                var weight = (float)(groupWeight * Math.Pow(WithinDecay, size - 1 - b) / size);
                foreach (var item in baskets[start + b].Items) weights[item] = weights.GetValueOrDefault(item) + weight;
            }
            start += size;
        }
        return SparseVector.FromDense(weights);
    }

    public Dictionary<int, SparseVector> ForAll(PurchaseHistory history) =>
        history.Shoppers.ToDictionary(s => s.CustomerId, For);
}
