using System.Text.Json;
using ShopAssistant.AI;
using ShopAssistant.Data;
using ShopAssistant.Domain;

namespace ShopAssistant.Quality;

/// <summary>
/// What the language model did for a date range: the share of turns answered by each route (llm, offline,
/// offline because the breaker was open, over the time budget…), the tokens it spent and what they cost at the
/// configured prices, per conversation and per bot-resolved conversation, and per Beijing day.
/// </summary>
public sealed record ModelFigures(
    int Turns,
    IReadOnlyDictionary<string, int> TurnsByRoute,
    IReadOnlyDictionary<string, double> ShareByRoute,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    string Currency,
    int Conversations,
    int BotResolvedConversations,
    double TokensPerConversation,
    decimal CostPerConversation,
    decimal CostPerBotResolvedConversation,
    long JudgeTokens,
    IReadOnlyList<ModelDay> ByDay)
{
    /// <summary>
    /// Turns without a route (logged before routes existed) count by their policy. Cost per conversation spreads the
    /// tokens of shoppers' conversations (answers, summaries) over the range's conversations; per bot-resolved
    /// conversation, the same tokens over the conversations the bot resolved alone: what one resolution costs.
    /// The flow judge's tokens belong to no conversation and are shown apart (and in the total).
    /// </summary>
    public static ModelFigures Compute(IReadOnlyList<ShopEvent> events, IReadOnlyDictionary<string, ConversationFacts> conversations,
        DateRange range, ModelCostOptions prices)
    {
        var routes = new Dictionary<string, int>(StringComparer.Ordinal);
        var usage = new List<(ShopEvent Event, ModelUsage Usage)>();
        foreach (var e in events.Where(e => range.Contains(e.At)))
        {
            if (e.Kind == ShopEventKinds.Turn)
            {
                var route = RouteOf(e.DataJson);
                routes[route] = routes.GetValueOrDefault(route) + 1;
            }
            else if (e.Kind == ShopEventKinds.ModelUsage && ModelUsageData.Read(e.DataJson) is { } u) usage.Add((e, u));
        }

        var turns = routes.Values.Sum();
        var input = usage.Sum(u => u.Usage.InputTokens);
        var output = usage.Sum(u => u.Usage.OutputTokens);
        var inConversations = usage.Where(u => u.Event.ConversationId.Length > 0).Select(u => u.Usage).ToList();
        var conversationCost = prices.CostOf(inConversations.Sum(u => u.InputTokens), inConversations.Sum(u => u.OutputTokens));
        var counted = conversations.Values.Count(c => c.InRange);
        var resolved = conversations.Values.Count(c => c.BotResolved);
        var days = range.Days().Select(day =>
        {
            var of = usage.Where(u => BeijingTime.DayOf(u.Event.At) == day).Select(u => u.Usage).ToList();
            var (i, o) = (of.Sum(u => u.InputTokens), of.Sum(u => u.OutputTokens));
            return new ModelDay(day, i, o, Money(prices.CostOf(i, o)));
        }).ToList();

        return new ModelFigures(
            turns, routes,
            routes.ToDictionary(r => r.Key, r => Ratio.Of(r.Value, turns), StringComparer.Ordinal),
            input, output, Money(prices.CostOf(input, output)), prices.Currency,
            counted, resolved,
            counted == 0 ? 0 : Math.Round((double)inConversations.Sum(u => u.Total) / counted, 1),
            counted == 0 ? 0 : Money(conversationCost / counted),
            resolved == 0 ? 0 : Money(conversationCost / resolved),
            usage.Where(u => u.Event.ConversationId.Length == 0).Sum(u => u.Usage.Total),
            days);
    }

    private static decimal Money(decimal value) => Math.Round(value, 4);

    private static string RouteOf(string? json)
    {
        var data = Read(json);
        if (data.ValueKind != JsonValueKind.Object) return TurnRoutes.Offline;
        if (data.TryGetProperty("Route", out var route) && route.ValueKind == JsonValueKind.String && route.GetString() is { Length: > 0 } r) return r;
        return data.TryGetProperty("Policy", out var policy) && policy.ValueKind == JsonValueKind.String && policy.GetString() == TurnRoutes.Llm ? TurnRoutes.Llm : TurnRoutes.Offline;
    }

    private static JsonElement Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return default;
        try
        {
            return JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException)
        {
            return default;
        }
    }
}

public sealed record ModelDay(DateOnly Day, long InputTokens, long OutputTokens, decimal Cost);
