namespace ShopAssistant.Quality;

/// <summary>
/// The recommendation events the metrics read (handbook Q8): recommendation_shown {stockCodes: [..]},
/// recommendation_clicked {stockCode}, recommendation_added_to_cart {stockCode}. The bot logs all three
/// (<see cref="ShopAssistant.Data.ShopEventKinds"/>); this name stays for the metrics code that already uses it.
/// </summary>
public static class QualityEventKinds
{
    public const string RecommendationAddedToCart = ShopAssistant.Data.ShopEventKinds.RecommendationAddedToCart;
}
