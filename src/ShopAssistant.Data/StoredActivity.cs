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

    /// <summary>The shop's links to the photos the activity carries (issue 14); only links the shop itself made count.</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];

    public static StoredActivity Of(TranscriptEntry entry)
    {
        var read = Read(entry);
        return read with { Photos = PhotosIn(entry.ActivityJson) };
    }

    private static IReadOnlyList<string> PhotosIn(string json)
    {
        // Cheap test first: most activities carry no photo.
        if (!json.Contains("/api/photos/", StringComparison.Ordinal)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("attachments", out var list) || list.ValueKind != JsonValueKind.Array)
                return [];
            return list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Str(a, "contentUrl"))
                .OfType<string>().Where(IsPhotoLink).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>"/api/photos/{id}" with an id of the shop's own alphabet: nothing a channel could smuggle a script or another host into.</summary>
    public static bool IsPhotoLink(string url) =>
        url.StartsWith("/api/photos/", StringComparison.Ordinal) && url.Length is > 12 and <= 76
        && url.AsSpan(12).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") < 0;

    private static StoredActivity Read(TranscriptEntry entry)
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
