using System.Text.Json;
using ShopAssistant.Data;

namespace ShopAssistant.Quality.Tests;

/// <summary>Hand-built event logs in the shapes the bot and the handoff desk write (turn data in PascalCase, as ShopBot serialises it).</summary>
public sealed class EventLogBuilder
{
    private readonly List<ShopEvent> _events = [];

    public IReadOnlyList<ShopEvent> Events => _events.OrderBy(e => e.At).ToList();

    public static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public EventLogBuilder Turn(DateTimeOffset at, string conversation, string intent = "order_status", double confidence = 0.9, string language = "zh",
        bool handoff = false, string? reason = null, double latencyMs = 120) =>
        Add(at, ShopEventKinds.Turn, conversation, intent,
            new { Confidence = confidence, Language = language, Handoff = handoff, HandoffReason = reason, Policy = "offline", LatencyMs = latencyMs });

    public EventLogBuilder Handoff(DateTimeOffset at, string conversation, long id, string reason = "shopper_request") =>
        Add(at, ShopEventKinds.Handoff, conversation, null, new { handoffId = id, reason, priority = 1, afterHours = false });

    public EventLogBuilder Claim(DateTimeOffset at, string conversation, long id, string agent, double queueWaitMs) =>
        Add(at, ShopEventKinds.HandoffClaimed, conversation, null, new { handoffId = id, agent, queueWaitMs });

    public EventLogBuilder Reply(DateTimeOffset at, string conversation, long id, string agent, double? firstResponseMs) =>
        firstResponseMs is { } ms
            ? Add(at, ShopEventKinds.AgentMessage, conversation, null, new { handoffId = id, agent, firstResponseMs = ms })
            : Add(at, ShopEventKinds.AgentMessage, conversation, null, new { handoffId = id, agent });

    public EventLogBuilder Close(DateTimeOffset at, string conversation, long id, string agent, double handleMs, string status = "resolved") =>
        Add(at, ShopEventKinds.HandoffClosed, conversation, null, new { handoffId = id, agent, status, disposition = "done", handleMs });

    public EventLogBuilder Rating(DateTimeOffset at, string conversation, int stars, long? id = null, string? agent = null) =>
        Add(at, ShopEventKinds.Rating, conversation, null, new { stars, handoffId = id, agent });

    public EventLogBuilder Shown(DateTimeOffset at, string conversation, params string[] stockCodes) =>
        Add(at, ShopEventKinds.RecommendationShown, conversation, null, new { stockCodes });

    public EventLogBuilder Clicked(DateTimeOffset at, string conversation, string stockCode) =>
        Add(at, ShopEventKinds.RecommendationClicked, conversation, null, new { stockCode });

    public EventLogBuilder Carted(DateTimeOffset at, string conversation, string stockCode) =>
        Add(at, QualityEventKinds.RecommendationAddedToCart, conversation, null, new { stockCode });

    /// <summary>A turn as ShopBot logs it: with the route that answered it.</summary>
    public EventLogBuilder RoutedTurn(DateTimeOffset at, string conversation, string route) =>
        Add(at, ShopEventKinds.Turn, conversation, "shipping_policy",
            new { Confidence = 0.9, Language = "zh", Handoff = false, HandoffReason = (string?)null, Policy = route == "llm" ? "llm" : "offline", Route = route, LatencyMs = 100 });

    /// <summary>A model_usage event as the bot layer writes it (conversation "" for the flow judge).</summary>
    public EventLogBuilder Usage(DateTimeOffset at, string conversation, long input, long output, string purpose = "answer")
    {
        _events.Add(new ShopEvent(at, ShopEventKinds.ModelUsage, conversation, null, null,
            AI.ModelUsageData.Write(new AI.ModelUsageRecord(at, purpose, conversation, "m", input, output))));
        return this;
    }

    private EventLogBuilder Add(DateTimeOffset at, string kind, string conversation, string? intent, object data)
    {
        _events.Add(new ShopEvent(at, kind, conversation, "shopper-" + conversation, intent, JsonSerializer.Serialize(data)));
        return this;
    }
}
