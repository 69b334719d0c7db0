namespace ShopAssistant.Recommendations.Ranking;

/// <summary>The two trained rankers and the end of the data they were trained on.</summary>
public sealed record RankerModels(RankerModel BuyAgain, RankerModel Discover, DateTime TrainedThrough);
