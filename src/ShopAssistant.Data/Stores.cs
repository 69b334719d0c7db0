namespace ShopAssistant.Data;

/// <summary>Bot conversation and user state, as JSON documents keyed by the Bot Framework's storage keys.</summary>
public interface IStateStore
{
    Task<IReadOnlyList<StateDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>Writes a document; when expectedETag is given (and not "*") the stored one must still carry it.</summary>
    Task<StateDocument> WriteAsync(string key, string json, string? expectedETag, CancellationToken ct = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);
}

/// <summary>Every activity in and out, written before the reply is sent.</summary>
public interface ITranscriptLog
{
    Task AppendAsync(TranscriptEntry entry, CancellationToken ct = default);

    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, CancellationToken ct = default);

    /// <summary>
    /// Appends an inbound activity unless one with the same id is already in the conversation (a channel's redelivery);
    /// false then, so that the turn is not run twice. Entries without an activity id are always appended.
    /// </summary>
    Task<bool> AppendInboundOnceAsync(TranscriptEntry entry, CancellationToken ct = default);

    /// <summary>
    /// Shopper messages since the given moment that are the last entry of their conversation: nothing was sent after
    /// them, as when the process died mid-turn.
    /// </summary>
    Task<IReadOnlyList<TranscriptEntry>> UnansweredAsync(DateTimeOffset since, CancellationToken ct = default);
}

/// <summary>The append-only log that metrics are computed from.</summary>
public interface IEventLog
{
    Task AppendAsync(ShopEvent shopEvent, CancellationToken ct = default);

    Task<IReadOnlyList<ShopEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>
    /// The tail of the log: at most <paramref name="max"/> events stored after <paramref name="afterId"/>, in id (write)
    /// order, with their ids. With <paramref name="since"/> only events at or after that moment are returned, so a first
    /// read of a long log can skip its old history.
    /// </summary>
    Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long afterId, int max, DateTimeOffset? since = null, CancellationToken ct = default);
}

/// <summary>Thrown when a write's ETag no longer matches: someone else changed the document first.</summary>
public sealed class ConcurrencyConflictException(string key) : Exception($"State '{key}' was changed by another turn.");
