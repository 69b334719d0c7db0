using ShopAssistant.Domain;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Assistant.Suggestions;

/// <summary>
/// The recommender behind the suggestions port: "discover" for a known shopper (things they have not bought),
/// the recent-popularity list for everyone else, both filtered by shelf and budget. Until the model is loaded (a fresh
/// start trains it for about a minute in the background) the shop's popular products answer, so no shopper waits for it;
/// the turn's <see cref="SuggestionSource"/> says which answered, and the reply's metadata tells the channel.
/// </summary>
public sealed class RecommenderSuggestions(Lazy<IRecommender> recommender, DemoShopData shop) : IProductSuggestions
{
    private readonly PopularProductSuggestions _untilLoaded = new(shop);
    private Task<IRecommender>? _loading;

    /// <summary>Whether the model answers (false while it loads or trains).</summary>
    public bool Loaded => Loading().IsCompletedSuccessfully;

    public IReadOnlyList<ProductCard> Suggest(int? customerId, RecommendationFilter? filter, int k, ShopLanguage language)
    {
        if (!Loaded)
        {
            var popular = _untilLoaded.Suggest(customerId, filter, k, language);
            SuggestionSource.Record(SuggestionSource.Popular, modelReady: false);
            return popular;
        }
        var kind = customerId is null ? RecommendationKind.Popular : RecommendationKind.Discover;
        var ranked = recommender.Value.Recommend(new RecommendationRequest(kind, customerId, null, k, filter))
            .Select(r => new ProductCard(r.StockCode, r.Name, r.PriceRmb, language == ShopLanguage.Zh ? r.ReasonZh : r.ReasonEn))
            .ToList();
        SuggestionSource.Record(SuggestionSource.Model, modelReady: true);
        return ranked;
    }

    public IReadOnlyList<ProductCard> Around(string stockCode, RecommendationKind kind, RecommendationFilter? filter, int k, ShopLanguage language)
    {
        if (!Loaded) return _untilLoaded.Around(stockCode, kind, filter, k, language);
        var ranked = recommender.Value.Recommend(new RecommendationRequest(kind, null, stockCode, k, filter))
            .Select(r => new ProductCard(r.StockCode, r.Name, r.PriceRmb, language == ShopLanguage.Zh ? r.ReasonZh : r.ReasonEn))
            .ToList();
        SuggestionSource.Record(SuggestionSource.Model, modelReady: true);
        return ranked;
    }

    private Task<IRecommender> Loading() =>
        LazyInitializer.EnsureInitialized(ref _loading, () => Task.Run(() => recommender.Value));
}
