using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ShopAssistant.Bot;

/// <summary>
/// The buttons on a product card: "see details" and "add to cart", each a postBack whose value names the action and
/// the product, so the bot can count clicks and add-to-carts (handbook Q8) without the shopper typing anything.
/// </summary>
public static class ProductCards
{
    public const string ClickAction = "product_click";
    public const string AddToCartAction = "add_to_cart";

    public static CardAction Details(string stockCode, string language) =>
        new(ActionTypes.PostBack, CardTexts.SeeDetails(language), value: Value(ClickAction, stockCode));

    public static CardAction AddToCart(string stockCode, string language) =>
        new(ActionTypes.PostBack, CardTexts.AddToCart(language), value: Value(AddToCartAction, stockCode));

    public static JObject Value(string action, string stockCode) => new() { ["action"] = action, ["stockCode"] = stockCode };

    /// <summary>The stock code of a "see details" click, or null for any other message.</summary>
    public static string? ClickedStockCode(IActivity activity) => StockCodeFor(activity, ClickAction);

    /// <summary>The stock code of an "add to cart" press, or null for any other message.</summary>
    public static string? AddedStockCode(IActivity activity) => StockCodeFor(activity, AddToCartAction);

    private static string? StockCodeFor(IActivity activity, string action) =>
        activity is Activity { Value: JObject value } && value.Value<string>("action") == action
            && value.Value<string>("stockCode") is { Length: > 0 and <= 20 } code ? code : null;
}
