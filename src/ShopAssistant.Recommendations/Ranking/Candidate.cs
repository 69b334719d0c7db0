namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// A product worth ranking for a shopper, with the co-purchase evidence that brought it in: the summed and the
/// strongest similarity to the shopper's products, the sum weighted by how recently they bought those, and the
/// product of theirs that it goes with best (for the "often bought with X" reason; -1 if none).
/// </summary>
public readonly record struct Candidate(int Item, float CoPurchase, float CoPurchaseMax, float CoPurchaseRecent, int BestWith);
