namespace ShopAssistant.Domain.Customers;

/// <summary>
/// A shopper of the demo shop. Id is the source dataset's CustomerID; phone and province are synthetic
/// (see data/README.md) because the source has neither.
/// </summary>
public sealed record Customer(int Id, string Country, Province Province, string Phone)
{
    public string PhoneLast4 => Phone[^4..];
}
