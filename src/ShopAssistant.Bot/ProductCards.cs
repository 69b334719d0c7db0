using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ShopAssistant.Bot;

/// <summary>
/// The button on a product card: a postBack whose value names the product, so the bot can count the click
/// (handbook Q8) without the shopper having to type anything.
/// </summary>
public static class ProductCards
{
    public const string ClickAction = "product_click";

    public static CardAction Button(string stockCode, string language) =>
        new(ActionTypes.PostBack, language == "zh" ? "看看这个" : "Show me", value: new JObject { ["action"] = ClickAction, ["stockCode"] = stockCode });

    /// <summary>The stock code of a clicked product card, or null for any other message.</summary>
    public static string? ClickedStockCode(IActivity activity) =>
        activity is Activity { Value: JObject value } && value.Value<string>("action") == ClickAction
            && value.Value<string>("stockCode") is { Length: > 0 and <= 20 } code ? code : null;
}
