namespace ShopAssistant.Data;

/// <summary>One activity of a conversation as it crossed the wire, in either direction.</summary>
public sealed record TranscriptEntry(
    string ConversationId,
    string Direction,
    string Type,
    string? ActivityId,
    string? FromId,
    string? FromRole,
    string? Text,
    string ActivityJson,
    DateTimeOffset At)
{
    public const string Inbound = "in";
    public const string Outbound = "out";
}

/// <summary>Something worth counting later: a turn, a handoff, a rating, a recommendation shown or clicked.</summary>
public sealed record ShopEvent(DateTimeOffset At, string Kind, string ConversationId, string? ShopperId, string? Intent, string? DataJson = null);

/// <summary>The event kinds that metrics read.</summary>
public static class ShopEventKinds
{
    public const string Turn = "turn";
    public const string Handoff = "handoff";
    public const string Rating = "rating";
    public const string RecommendationShown = "recommendation_shown";
    public const string RecommendationClicked = "recommendation_clicked";
}

/// <summary>A stored state document with its optimistic-concurrency tag.</summary>
public sealed record StateDocument(string Key, string Json, string ETag);
