namespace ShopAssistant.Domain.Orders;

/// <summary>A paid order: the source invoice, with its lines. Order numbers are the source invoice numbers.</summary>
public sealed record Order(int OrderNo, int CustomerId, DateTime PlacedAt, IReadOnlyList<PurchaseLine> Lines)
{
    public decimal TotalRmb => Lines.Sum(l => l.UnitPriceRmb * l.Quantity);
    public int Items => Lines.Sum(l => l.Quantity);
}
