using System.Text.Json;
using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>One message or event of a transcript as the reviewer sees it: who spoke, what, and the bot's metadata.</summary>
public sealed record TranscriptLine(
    DateTimeOffset At,
    string Speaker,
    string Type,
    string? Text,
    string? Name,
    string? Intent,
    double? Confidence,
    int Sources,
    int Products,
    bool Handoff,
    string? HandoffReason,
    string? Agent)
{
    public const string Shopper = "shopper";
    public const string Bot = "bot";
    public const string AgentSpeaker = "agent";

    public bool IsMessage => Type == "message";
    public bool FromShop => Speaker != Shopper;

    /// <summary>Reads the stored activities; channelData.shopAssistant marks a bot reply, channelData.agent a person's.</summary>
    public static IReadOnlyList<TranscriptLine> From(IEnumerable<TranscriptEntry> entries) => entries.Select(Read).ToList();

    private static TranscriptLine Read(TranscriptEntry e)
    {
        string? intent = null, reason = null, agent = null, name = null;
        double? confidence = null;
        int sources = 0, products = 0;
        var handoff = false;
        try
        {
            using var doc = JsonDocument.Parse(e.ActivityJson);
            var root = doc.RootElement;
            name = Str(root, "name");
            if (root.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                agent = Str(data, "agent");
                if (data.TryGetProperty("shopAssistant", out var meta) && meta.ValueKind == JsonValueKind.Object)
                {
                    intent = Str(meta, "intent");
                    confidence = meta.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null;
                    sources = Count(meta, "sources");
                    products = Count(meta, "products");
                    handoff = meta.TryGetProperty("handoff", out var h) && h.ValueKind == JsonValueKind.True;
                    reason = Str(meta, "handoffReason");
                }
            }
        }
        catch (JsonException)
        {
            // A damaged row still shows its text; it just carries no metadata.
        }
        var speaker = e.Direction == TranscriptEntry.Inbound ? Shopper : agent is not null ? AgentSpeaker : Bot;
        return new TranscriptLine(e.At, speaker, e.Type, e.Text, name, intent, confidence, sources, products, handoff, reason, agent);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Count(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;
}
