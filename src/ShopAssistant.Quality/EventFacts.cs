using System.Buffers;
using System.Text;
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
    /// <summary>verification_locked: the order and the locked subject ("order:N" or "client:…").</summary>
    public int? OrderNo { get; private init; }
    public string? Subject { get; private init; }

    public string Kind => Event.Kind;
    public DateTimeOffset At => Event.At;
    public string ConversationId => Event.ConversationId;

    public static EventFacts Parse(ShopEvent shopEvent) => Parse(shopEvent, shopEvent, null);

    /// <summary>
    /// Parses <paramref name="source"/>'s data but keeps <paramref name="keep"/> as the event (the projection keeps one
    /// without its JSON, which it no longer needs); <paramref name="strings"/> shares the repeated text values.
    /// </summary>
    internal static EventFacts Parse(ShopEvent source, ShopEvent keep, StringShare? strings)
    {
        if (string.IsNullOrWhiteSpace(source.DataJson)) return new EventFacts(keep);
        // A forward-only reader over pooled bytes: the dashboard parses every event of a week, hundreds of thousands of them.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.DataJson.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(source.DataJson, buffer);
            return Read(new Utf8JsonReader(buffer.AsSpan(0, length)), keep, strings);
        }
        catch (JsonException)
        {
            // A malformed row is counted by kind but contributes no figures; one bad write must not blank the dashboard.
            return new EventFacts(keep);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static EventFacts Read(Utf8JsonReader reader, ShopEvent keep, StringShare? strings)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return new EventFacts(keep);
        double? confidence = null, latency = null, wait = null, first = null, handle = null, id = null, stars = null;
        string? language = null, handoffReason = null, reason = null, agent = null, status = null, subject = null;
        double? orderNo = null;
        var handoff = false;
        var codes = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Field(ref reader);
            reader.Read();
            switch (name)
            {
                case "confidence": confidence = Number(ref reader); break;
                case "language": language = Text(ref reader, strings); break;
                case "handoff": handoff = reader.TokenType == JsonTokenType.True; break;
                case "handoffreason": handoffReason = Text(ref reader, strings); break;
                case "latencyms": latency = Number(ref reader); break;
                case "handoffid": id = Number(ref reader); break;
                case "reason": reason = Text(ref reader, strings); break;
                case "agent": agent = Text(ref reader, strings); break;
                case "queuewaitms": wait = Number(ref reader); break;
                case "firstresponsems": first = Number(ref reader); break;
                case "status": status = Text(ref reader, strings); break;
                case "handlems": handle = Number(ref reader); break;
                case "stars": stars = Number(ref reader); break;
                case "stockcode": codes = reader.TokenType == JsonTokenType.Null ? 0 : 1; break;
                case "stockcodes": codes = CountItems(ref reader); break;
                case "orderno": orderNo = Number(ref reader); break;
                case "subject": subject = Text(ref reader, strings); break;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return new EventFacts(keep)
        {
            Confidence = confidence, Language = language, Handoff = handoff, HandoffReason = handoffReason, LatencyMs = latency,
            HandoffId = id is { } h ? (long)h : null, Reason = reason, Agent = agent, QueueWaitMs = wait, FirstResponseMs = first, Status = status,
            HandleMs = handle, Stars = stars is { } n ? (int)n : null, StockCodes = codes,
            OrderNo = orderNo is { } o ? (int)o : null, Subject = subject,
        };
    }

    /// <summary>The property name in lower case, or null for one the metrics never read (saves allocating it).</summary>
    private static string? Field(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > 16) return null;
        Span<char> name = stackalloc char[16];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, name);
        for (var i = 0; i < length; i++) name[i] = char.ToLowerInvariant(name[i]);
        return Known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name[..length], out var known) ? known : null;
    }

    private static readonly HashSet<string> Known =
    [
        "confidence", "language", "handoff", "handoffreason", "latencyms", "handoffid", "reason", "agent", "queuewaitms",
        "firstresponsems", "status", "handlems", "stars", "stockcode", "stockcodes", "orderno", "subject",
    ];

    private static int CountItems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return 0;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return count;
    }

    private static double? Number(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : null;

    private static string? Text(ref Utf8JsonReader reader, StringShare? strings) =>
        reader.TokenType != JsonTokenType.String ? null : strings is null ? reader.GetString() : strings.Share(reader.GetString()!);
}
