using ShopAssistant.Domain;

namespace ShopAssistant.Assistant;

/// <summary>What the assistant answers: text in the shopper's language, buttons, product cards and its <see cref="ReplyMetadata"/> (intent, confidence, sources, handoff).</summary>
public sealed record AssistantReply(string Text, ReplyMetadata Metadata)
{
    public IReadOnlyList<string> SuggestedActions { get; init; } = [];
    public IReadOnlyList<ProductCard> Products { get; init; } = [];

    /// <summary>
    /// Which way the turn was answered and why (AI.TurnRoutes: llm, offline, offline_breaker_open, over_budget…): logged
    /// with the turn for the dashboard. Not sent to the channel; the metadata's Policy stays llm/offline.
    /// </summary>
    public string Route { get; init; } = AI.TurnRoutes.Offline;
}

/// <summary>channelData.shopAssistant on every reply the assistant sends.</summary>
public sealed record ReplyMetadata(
    string Intent,
    double Confidence,
    string Language,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Products,
    bool Handoff,
    string? HandoffReason,
    string Policy)
{
    public const string OfflinePolicy = "offline";
    public const string LlmPolicy = "llm";

    public static ReplyMetadata Offline(string intent, double confidence, ShopLanguage language) =>
        new(intent, confidence, language.Code(), [], [], false, null, OfflinePolicy);
}

/// <summary>A product shown as a card: name, price and why it is suggested.</summary>
public sealed record ProductCard(string StockCode, string Name, decimal PriceRmb, string Reason);
