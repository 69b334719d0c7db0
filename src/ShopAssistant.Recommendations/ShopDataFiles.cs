using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Recommendations;

/// <summary>What the train and eval verbs need from the demo shop: the purchase lines and each product's shelf.</summary>
internal sealed record ShopDataFiles(IReadOnlyList<PurchaseLine> History, IReadOnlyDictionary<string, string> CategoryByCode)
{
    public Func<string, string?> CategoryOf => code => CategoryByCode.GetValueOrDefault(code);

    public static ShopDataFiles Read(string directory)
    {
        var shop = DemoShopData.Load(directory, TimeProvider.System);
        return new ShopDataFiles(shop.History, shop.Catalogue.Products.ToDictionary(p => p.StockCode, p => p.CategoryId, StringComparer.Ordinal));
    }
}
