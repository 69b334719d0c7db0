using System.Text.Json;

namespace ShopAssistant.Data;

/// <summary>
/// What a stored activity says beyond its text: the event name, the agent who sent it (channelData.agent) and the
/// bot's metadata (channelData.shopAssistant). The one reader of stored activity JSON, for the console, the desk and
/// the dashboard alike.
/// </summary>
public sealed record StoredActivity(
    string? Name, string? Agent, string? Intent, string? Language, double? Confidence, int Sources, int Products, bool Handoff, string? HandoffReason)
{
    private static readonly StoredActivity Empty = new(null, null, null, null, null, 0, 0, false, null);

    public static StoredActivity Of(TranscriptEntry entry)
    {
        try
        {
            using var doc = JsonDocument.Parse(entry.ActivityJson);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Empty;
            var name = Str(root, "name");
            if (!root.TryGetProperty("channelData", out var data) || data.ValueKind != JsonValueKind.Object)
                return Empty with { Name = name };
            var agent = Str(data, "agent");
            if (!data.TryGetProperty("shopAssistant", out var meta) || meta.ValueKind != JsonValueKind.Object)
                return Empty with { Name = name, Agent = agent };
            return new StoredActivity(name, agent, Str(meta, "intent"), Str(meta, "language"),
                meta.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
                Count(meta, "sources"), Count(meta, "products"),
                meta.TryGetProperty("handoff", out var h) && h.ValueKind == JsonValueKind.True, Str(meta, "handoffReason"));
        }
        catch (JsonException)
        {
            // A damaged row still shows its text; it just carries no metadata.
            return Empty;
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Count(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;
}
