namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// A product worth ranking for a shopper, with the evidence that brought it in: co-purchase over shoppers (summed,
/// strongest, weighted by how recently they bought the seed, and the product of theirs it goes with best, -1 if
/// none, for the "often bought with X" reason), the shopper's own and their nearest shoppers' decayed repeat
/// weights (TIFU-style), how strongly it shares baskets with their last order and their last three, and the share
/// of their last order and last five orders that held it.
/// </summary>
public readonly record struct Candidate(int Item, float CoPurchase, float CoPurchaseMax, float CoPurchaseRecent, int BestWith)
{
    public float RepeatWeight { get; init; }
    public float NeighbourRepeatWeight { get; init; }
    public float WithLastBasket { get; init; }
    public float WithRecentBaskets { get; init; }
    public float InLastBasket { get; init; }
    public float ShareOfLastFiveBaskets { get; init; }
}
