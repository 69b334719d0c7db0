using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>Product suggestions for the turn's shopper, shown as cards; prices are the catalogue's (P1).</summary>
internal sealed class RecommendationsPlugin(IProductSuggestions suggestions, OrderLookup orders)
{
    public const string Name = "Recommendations";
    public const int Cards = 3;

    [KernelFunction("suggest_products")]
    [Description("Suggests products from the shop's catalogue, optionally on one shelf and within a budget in RMB.")]
    public string SuggestProducts(Kernel kernel,
        [Description("Shelf id such as christmas, kitchen, bags; omit for any")] string? categoryId = null,
        [Description("Highest price in RMB; omit for any")] decimal? maxPriceRmb = null)
    {
        var turn = TurnKernel.TurnOf(kernel);
        var cards = Suggest(turn, new RecommendationFilter(categoryId, maxPriceRmb));
        var text = string.Join("\n", cards.Select(c => $"{c.StockCode} {c.Name} {Price.Format(c.PriceRmb)} ({c.Reason})"));
        turn.ToolResults.Add(text);
        return cards.Count == 0 ? ReplyTexts.NoSuggestions(turn.Language) : text;
    }

    public IReadOnlyList<ProductCard> Suggest(ServiceTurn turn, RecommendationFilter filter)
    {
        var customer = orders.KnownShopper(turn.Turn.CustomerId)?.Id;
        var cards = suggestions.Suggest(customer, filter, Cards, turn.Language);
        foreach (var card in cards)
            if (!turn.Products.Any(p => p.StockCode == card.StockCode)) turn.Products.Add(card);
        return cards;
    }

    /// <summary>
    /// The shelf and budget of a request in the shopper's words: "一百元以内的圣诞礼物", "gifts over ¥50", "30到80块的杯子",
    /// "cheap mugs". The understanding's shelf wins when it found one (it knows the shop's aliases in context).
    /// </summary>
    public RecommendationFilter FilterOf(ServiceTurn turn)
    {
        var u = turn.Understanding;
        var said = RecommendationFilterParser.Parse(turn.Text, orders.Catalogue);
        var max = said?.MaxPriceRmb ?? (said?.MinPriceRmb is null && u.Entities.AmountsRmb.Count > 0 ? u.Entities.AmountsRmb.Max() : null);
        return new RecommendationFilter(u.Entities.CategoryIds.FirstOrDefault() ?? said?.CategoryId, max, said?.MinPriceRmb);
    }

    internal static string Line(ProductCard card, ShopLanguage language) =>
        ReplyTexts.Say(language, "suggestionLine", ("name", card.Name), ("price", Price.Format(card.PriceRmb)), ("reason", card.Reason));
}
