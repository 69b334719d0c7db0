using System.Text.Json;
using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>
/// The fields of one event's data that the metrics read, parsed once. Property names are matched without regard to
/// case: the bot writes turn data in PascalCase and handoff data in camelCase.
/// </summary>
public sealed record EventFacts(ShopEvent Event)
{
    public double? Confidence { get; private init; }
    public string? Language { get; private init; }
    public bool Handoff { get; private init; }
    public string? HandoffReason { get; private init; }
    public double? LatencyMs { get; private init; }
    public long? HandoffId { get; private init; }
    public string? Reason { get; private init; }
    public string? Agent { get; private init; }
    public double? QueueWaitMs { get; private init; }
    public double? FirstResponseMs { get; private init; }
    public string? Status { get; private init; }
    public double? HandleMs { get; private init; }
    public int? Stars { get; private init; }
    public int StockCodes { get; private init; }

    public string Kind => Event.Kind;
    public DateTimeOffset At => Event.At;
    public string ConversationId => Event.ConversationId;

    public static EventFacts Parse(ShopEvent shopEvent)
    {
        var facts = new EventFacts(shopEvent);
        if (string.IsNullOrWhiteSpace(shopEvent.DataJson)) return facts;
        try
        {
            using var doc = JsonDocument.Parse(shopEvent.DataJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return facts;
            double? confidence = null, latency = null, wait = null, first = null, handle = null;
            string? language = null, handoffReason = null, reason = null, agent = null, status = null;
            long? handoffId = null;
            int? stars = null;
            var handoff = false;
            var codes = 0;
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var v = p.Value;
                switch (p.Name.ToLowerInvariant())
                {
                    case "confidence": confidence = Number(v); break;
                    case "language": language = Text(v); break;
                    case "handoff": handoff = v.ValueKind == JsonValueKind.True; break;
                    case "handoffreason": handoffReason = Text(v); break;
                    case "latencyms": latency = Number(v); break;
                    case "handoffid": handoffId = Number(v) is { } id ? (long)id : null; break;
                    case "reason": reason = Text(v); break;
                    case "agent": agent = Text(v); break;
                    case "queuewaitms": wait = Number(v); break;
                    case "firstresponsems": first = Number(v); break;
                    case "status": status = Text(v); break;
                    case "handlems": handle = Number(v); break;
                    case "stars": stars = Number(v) is { } s ? (int)s : null; break;
                    case "stockcodes": codes = v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0; break;
                    case "stockcode": codes = v.ValueKind == JsonValueKind.Null ? 0 : 1; break;
                }
            }
            return facts with
            {
                Confidence = confidence, Language = language, Handoff = handoff, HandoffReason = handoffReason, LatencyMs = latency,
                HandoffId = handoffId, Reason = reason, Agent = agent, QueueWaitMs = wait, FirstResponseMs = first, Status = status,
                HandleMs = handle, Stars = stars, StockCodes = codes,
            };
        }
        catch (JsonException)
        {
            // A malformed row is counted by kind but contributes no figures; one bad write must not blank the dashboard.
            return facts;
        }
    }

    private static double? Number(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string? Text(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
