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

/// <summary>An event with the id the log gave it; ids grow in the order events were written, never in time order.</summary>
public readonly record struct LoggedEvent(long Id, ShopEvent Event);

/// <summary>The event kinds that metrics read.</summary>
public static class ShopEventKinds
{
    /// <summary>A shopper message answered by the bot; data: confidence, language, handoff, policy, route (why offline), latencyMs.</summary>
    public const string Turn = "turn";
    /// <summary>A conversation handed to a person; data: handoffId, reason, priority, afterHours.</summary>
    public const string Handoff = "handoff";
    /// <summary>An agent took a handoff; data: handoffId, agent, queueWaitMs.</summary>
    public const string HandoffClaimed = "handoff_claimed";
    /// <summary>An agent wrote to the shopper; data: handoffId, agent, firstResponseMs (first reply only).</summary>
    public const string AgentMessage = "agent_message";
    /// <summary>A handoff closed; data: handoffId, agent, status (resolved|returned), disposition, handleMs.</summary>
    public const string HandoffClosed = "handoff_closed";
    /// <summary>A shopper rated the service 1–5; data: stars, handoffId, agent.</summary>
    public const string Rating = "rating";
    public const string RecommendationShown = "recommendation_shown";
    public const string RecommendationClicked = "recommendation_clicked";
    /// <summary>A shopper pressed "add to cart" on a recommendation card; data: stockCode.</summary>
    public const string RecommendationAddedToCart = "recommendation_added_to_cart";
    /// <summary>Too many wrong phone digits: an order or a client is locked for a while; data: subject, orderNo, failures window, until.</summary>
    public const string VerificationLocked = "verification_locked";
    /// <summary>A shopper or client hit a traffic limit; data: limit, partition.</summary>
    public const string Throttled = "throttled";
    /// <summary>
    /// Tokens of one language-model call; data: purpose (answer|summary|judge), model, inputTokens, outputTokens. The
    /// conversation id is empty for calls that belong to no conversation (the dashboard's flow judge).
    /// </summary>
    public const string ModelUsage = "model_usage";
}

/// <summary>A stored state document with its optimistic-concurrency tag.</summary>
public sealed record StateDocument(string Key, string Json, string ETag);
