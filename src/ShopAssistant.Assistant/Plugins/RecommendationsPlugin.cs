using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations;
using ShopAssistant.Recommendations.Gifts;
using ShopAssistant.Recommendations.Lists;

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

    public Catalogue Catalogue => orders.Catalogue;

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

    /// <summary>
    /// The gift conversation's list: the state's shelves, budget and exclusions always hold (a card that breaks one is
    /// never shown); style words and the occasion's shelves only order what passes. "Like X" and "what goes with X" read
    /// X's similar and bought-together lists. Each card says why, in the shopper's language.
    /// </summary>
    public IReadOnlyList<ProductCard> SuggestGifts(ServiceTurn turn, GiftState state, bool cheaper)
    {
        var filter = GiftConversation.Filter(state);
        var customer = orders.KnownShopper(turn.Turn.CustomerId)?.Id;
        IReadOnlyList<ProductCard> Find(RecommendationFilter f) =>
            state.SimilarTo is { } like ? suggestions.Around(like, RecommendationKind.Similar, f, Pool, turn.Language)
            : state.GoesWith is { } with ? suggestions.Around(with, RecommendationKind.BoughtTogether, f, Pool, turn.Language)
            : suggestions.Suggest(customer, f, Pool, turn.Language);
        // "mugs": mugs first; the rest of the shelf only when no mug fits the other constraints.
        var found = state.ThingWords.Count > 0 && Find(filter with { NameWords = state.ThingWords }) is { Count: > 0 } things ? things : Find(filter);
        var catalogue = orders.Catalogue;
        var preferred = GiftLexicon.Occasion(state.Occasion)?.PreferredCategories ?? [];
        var cards = found
            // The port's answer is checked again against the filter: what the shopper ruled out is never shown.
            .Where(c => catalogue.Find(c.StockCode) is { } p && filter.Accepts(p))
            .Select((c, i) => (Card: c, Rank: i, Product: catalogue.Find(c.StockCode)!))
            .OrderByDescending(x => state.StyleWords.Any(w => x.Product.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(x => preferred.Contains(x.Product.CategoryId))
            .ThenBy(x => x.Rank)
            .Take(Cards)
            .Select(x => x.Card with { Reason = GiftReasons.For(state, cheaper, x.Card.Reason, turn.Language) })
            .ToList();
        foreach (var card in cards)
            if (!turn.Products.Any(p => p.StockCode == card.StockCode)) turn.Products.Add(card);
        turn.ToolResults.Add(string.Join("\n", cards.Select(c => $"{c.StockCode} {c.Name} {Price.Format(c.PriceRmb)} ({c.Reason})")));
        return cards;
    }

    /// <summary>
    /// When nothing passes: the cheapest price that would (the budget to relax to), and whether dropping the shelves or
    /// the exclusions would find something, so the bot can offer one honestly.
    /// </summary>
    public (decimal? BudgetFrom, bool AnyShelf, bool WithoutExclusions) Relaxations(GiftState state)
    {
        var filter = GiftConversation.Filter(state);
        var products = orders.Catalogue.Products.Where(p => p.PriceRmb > 0 && p.Buyers > 0).ToList();
        var noBudget = filter with { MaxPriceRmb = null, MinPriceRmb = null };
        var priced = products.Where(p => noBudget.Accepts(p)).Select(p => p.PriceRmb).ToList();
        decimal? budget = state.MaxPriceRmb is { } max && priced.Count > 0 && priced.Min() > max ? priced.Min() : null;
        var anyShelf = state.CategoryIds.Count > 0 && products.Any(p => (filter with { CategoryIds = [] }).Accepts(p));
        var withoutExclusions = (state.ExcludedWords.Count > 0 || state.ExcludedCategoryIds.Count > 0)
            && products.Any(p => (filter with { ExcludedWords = [], ExcludedCategoryIds = [] }).Accepts(p));
        return (budget, anyShelf, withoutExclusions);
    }

    /// <summary>Candidates asked of the port before the style and occasion order them.</summary>
    private const int Pool = 30;

    internal static string Line(ProductCard card, ShopLanguage language) =>
        ReplyTexts.Say(language, "suggestionLine", ("name", card.Name), ("price", Price.Format(card.PriceRmb)), ("reason", card.Reason));
}
