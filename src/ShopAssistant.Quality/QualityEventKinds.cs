namespace ShopAssistant.Quality;

/// <summary>
/// The data shapes the metrics read for events the bot does not emit yet (handbook Q8), so that the recommender
/// and the chat page can start logging them without a change here:
/// recommendation_shown {stockCodes: [..]}, recommendation_clicked {stockCode}, recommendation_added_to_cart {stockCode}.
/// </summary>
public static class QualityEventKinds
{
    public const string RecommendationAddedToCart = "recommendation_added_to_cart";
}
