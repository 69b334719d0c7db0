using System.Data.Common;

namespace ShopAssistant.Data;

// The row shapes both providers read into (the columns have the same names and meanings on SQLite and PostgreSQL:
// times are Unix milliseconds), so that turning a row into a record is written once.

internal static class Millis
{
    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
    public static DateTimeOffset? At(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}

internal sealed class HandoffRow
{
    public const string Columns =
        """
        id AS Id, conversation_id AS ConversationId, shopper_id AS ShopperId, channel_id AS ChannelId, reference_json AS ReferenceJson,
        reason AS Reason, priority AS Priority, language AS Language, summary AS Summary, after_hours AS AfterHours, status AS Status,
        agent AS Agent, disposition AS Disposition, created_ms AS CreatedMs, claimed_ms AS ClaimedMs, first_reply_ms AS FirstReplyMs, closed_ms AS ClosedMs,
        customer_id AS CustomerId
        """;

    public long Id { get; init; }
    public string ConversationId { get; init; } = "";
    public string ShopperId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string ReferenceJson { get; init; } = "";
    public string Reason { get; init; } = "";
    public long Priority { get; init; }
    public string Language { get; init; } = "";
    public string Summary { get; init; } = "";
    public bool AfterHours { get; init; }
    public string Status { get; init; } = "";
    public string? Agent { get; init; }
    public string? Disposition { get; init; }
    public long CreatedMs { get; init; }
    public long? ClaimedMs { get; init; }
    public long? FirstReplyMs { get; init; }
    public long? ClosedMs { get; init; }
    public long? CustomerId { get; init; }

    public Handoff ToHandoff() => new(Id, ConversationId, ShopperId, ChannelId, ReferenceJson, Reason, (int)Priority, Language, Summary,
        AfterHours, Status, Agent, Disposition, Millis.At(CreatedMs), Millis.At(ClaimedMs), Millis.At(FirstReplyMs), Millis.At(ClosedMs), (int?)CustomerId);
}

internal sealed class TranscriptRow
{
    public const string Columns =
        """
        conversation_id AS ConversationId, direction AS Direction, type AS Type, activity_id AS ActivityId,
        from_id AS FromId, from_role AS FromRole, text AS Text, activity_json AS ActivityJson, at_ms AS AtMs
        """;

    public string ConversationId { get; init; } = "";
    public string Direction { get; init; } = "";
    public string Type { get; init; } = "";
    public string? ActivityId { get; init; }
    public string? FromId { get; init; }
    public string? FromRole { get; init; }
    public string? Text { get; init; }
    public string ActivityJson { get; init; } = "";
    public long AtMs { get; init; }

    public TranscriptEntry ToEntry() => new(ConversationId, Direction, Type, ActivityId, FromId, FromRole, Text, ActivityJson, Millis.At(AtMs));
}

internal sealed class EventRow
{
    public const string Columns = "at_ms AS AtMs, kind AS Kind, conversation_id AS ConversationId, shopper_id AS ShopperId, intent AS Intent, data_json AS DataJson";

    public long AtMs { get; init; }
    public string Kind { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string? ShopperId { get; init; }
    public string? Intent { get; init; }
    public string? DataJson { get; init; }

    public ShopEvent ToEvent() => new(Millis.At(AtMs), Kind, ConversationId, ShopperId, Intent, DataJson);
}

internal sealed class StaffSessionRow
{
    public const string Columns = "id AS Id, user_name AS UserName, role AS Role, account_stamp AS AccountStamp, created_ms AS CreatedMs, expires_ms AS ExpiresMs";

    public string Id { get; init; } = "";
    public string UserName { get; init; } = "";
    public string Role { get; init; } = "";
    public string AccountStamp { get; init; } = "";
    public long CreatedMs { get; init; }
    public long ExpiresMs { get; init; }

    public StaffSession ToSession() => new(Id, UserName, Role, AccountStamp, Millis.At(CreatedMs), Millis.At(ExpiresMs));
}

internal sealed class IncidentRow
{
    public const string Columns = "id AS Id, scope AS Scope, text_zh AS TextZh, text_en AS TextEn, starts_ms AS StartsMs, ends_ms AS EndsMs, declared_by AS DeclaredBy";

    public long Id { get; init; }
    public string Scope { get; init; } = "";
    public string TextZh { get; init; } = "";
    public string TextEn { get; init; } = "";
    public long StartsMs { get; init; }
    public long EndsMs { get; init; }
    public string DeclaredBy { get; init; } = "";

    public Incident ToIncident() => new(Id, Scope, TextZh, TextEn, Millis.At(StartsMs), Millis.At(EndsMs), DeclaredBy);
}

internal sealed class FlowVerdictRow
{
    public const string Columns =
        "conversation_id AS ConversationId, transcript_entries AS TranscriptEntries, judge AS Judge, score_json AS ScoreJson, judged_ms AS JudgedMs";

    public string ConversationId { get; init; } = "";
    public long TranscriptEntries { get; init; }
    public string Judge { get; init; } = "";
    public string ScoreJson { get; init; } = "";
    public long JudgedMs { get; init; }

    public FlowVerdict ToVerdict() => new(ConversationId, (int)TranscriptEntries, Judge, ScoreJson, Millis.At(JudgedMs));
}

/// <summary>The event log's tail read, shared by both providers: the reader yields id, at_ms, kind, conversation_id, shopper_id, intent, data_json.</summary>
internal static class LoggedEventReader
{
    public static List<LoggedEvent> ReadAll(DbDataReader reader)
    {
        // A plain reader instead of Dapper: a first read can be hundreds of thousands of rows, and the mapping was the
        // larger half of its cost. Callers may hold the events for long, so repeated text is shared: kinds and intents
        // through a small table, conversation and shopper ids with the row before (a conversation's events tend to sit
        // together). A table of every id measured slower than the read itself on a week of 340,000 events.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        string Label(string value) => labels.TryGetValue(value, out var known) ? known : labels.Count < 1_000 ? labels[value] = value : value;
        string? lastConversation = null, lastShopper = null;
        var events = new List<LoggedEvent>();
        // Read, not ReadAsync: SQLite reads synchronously anyway, and a Task per row is overhead on a first load.
        while (reader.Read())
        {
            var conversation = reader.GetString(3);
            if (lastConversation is not null && conversation == lastConversation) conversation = lastConversation;
            var shopper = reader.IsDBNull(4) ? null : reader.GetString(4);
            if (shopper is not null && lastShopper is not null && shopper == lastShopper) shopper = lastShopper;
            (lastConversation, lastShopper) = (conversation, shopper ?? lastShopper);
            events.Add(new LoggedEvent(reader.GetInt64(0), new ShopEvent(
                Millis.At(reader.GetInt64(1)),
                Label(reader.GetString(2)),
                conversation,
                shopper,
                reader.IsDBNull(5) ? null : Label(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6))));
        }
        return events;
    }
}
