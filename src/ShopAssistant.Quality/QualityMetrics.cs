namespace ShopAssistant.Quality;

/// <summary>The headline figures for a date range (handbook Q1–Q4, Q8).</summary>
public sealed record QualityMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    int Conversations,
    int Turns,
    int Handoffs,
    int HandedOffConversations,
    double HandoffRate,
    int BotResolvedConversations,
    int ReopenedConversations,
    double BotResolutionRate,
    IReadOnlyDictionary<string, int> HandoffsByReason,
    double Csat,
    int Ratings,
    double AverageStars,
    IReadOnlyDictionary<string, int> RatingDistribution,
    FirstResponse FirstResponseMs,
    Percentiles QueueWaitMs,
    int HandoffsClosed,
    double AverageHandleMs,
    RecommendationFigures Recommendations,
    IReadOnlyDictionary<string, int> TurnsByIntent,
    IReadOnlyDictionary<string, int> ConversationsByLanguage,
    IReadOnlyList<DayTrend> ByDay,
    IReadOnlyList<HourTrend> ByHour);

/// <summary>p50/p95 over every first answer a shopper waited for: the bot's first turn and each agent's first reply after claiming.</summary>
public sealed record FirstResponse(double P50, double P95, Percentiles Bot, Percentiles Agent);

/// <summary>Q8: impressions are the products shown (one event may show several); CTR = clicks / impressions.</summary>
public sealed record RecommendationFigures(int Impressions, int Clicks, int AddedToCart, double ClickThroughRate, double AddToCartRate);

public sealed record DayTrend(DateOnly Day, int Conversations, int Handoffs, double HandoffRate, int BotResolved, int Ratings, double Csat);

public sealed record HourTrend(int Hour, int Conversations, int Handoffs);
