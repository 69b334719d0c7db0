namespace ShopAssistant.Domain.Orders;

/// <summary>
/// One line of the order history, as the recommender and the order lookup both read it.
/// PlacedAt is the source dataset's timestamp (UK shop time); ShopTimeline maps it onto the shop's calendar.
/// </summary>
public readonly record struct PurchaseLine(int OrderNo, int CustomerId, string StockCode, int Quantity, decimal UnitPriceRmb, DateTime PlacedAt);
