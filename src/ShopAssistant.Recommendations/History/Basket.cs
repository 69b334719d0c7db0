namespace ShopAssistant.Recommendations.History;

/// <summary>One order of a shopper: when it was placed and the distinct products in it (next-basket methods read these).</summary>
public sealed class Basket(DateTime placedAt)
{
    public DateTime PlacedAt { get; } = placedAt;
    public List<int> Items { get; } = [];
}
