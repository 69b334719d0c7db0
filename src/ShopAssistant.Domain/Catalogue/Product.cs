namespace ShopAssistant.Domain.Catalogue;

/// <summary>An item for sale. Prices are in RMB (handbook P1).</summary>
public sealed record Product(string StockCode, string Name, decimal PriceRmb, string CategoryId, int Buyers);
