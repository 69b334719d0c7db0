namespace ShopAssistant.Data;

/// <summary>Where a handoff is: waiting in the queue, with an agent, or closed (resolved or handed back to the bot).</summary>
public static class HandoffStatus
{
    public const string Waiting = "waiting";
    public const string Active = "active";
    public const string Resolved = "resolved";
    public const string ReturnedToBot = "returned";

    public static bool IsOpen(string status) => status is Waiting or Active;
    public static bool IsKnown(string status) => status is Waiting or Active or Resolved or ReturnedToBot;
}

/// <summary>A conversation handed to a person. Priority 0 (safety) goes first, then 1 (everything else), then by waiting time.</summary>
public sealed record Handoff(
    long Id,
    string ConversationId,
    string ShopperId,
    string ChannelId,
    string ReferenceJson,
    string Reason,
    int Priority,
    string Language,
    string Summary,
    bool AfterHours,
    string Status,
    string? Agent,
    string? Disposition,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? FirstReplyAt,
    DateTimeOffset? ClosedAt,
    int? CustomerId = null);

public sealed record HandoffNote(long HandoffId, string Agent, string Text, DateTimeOffset At);

/// <summary>The persistent handoff queue. Every state change is a single conditional UPDATE, so two agents never both win.</summary>
public interface IHandoffStore
{
    Task<Handoff> CreateAsync(Handoff handoff, CancellationToken ct = default);

    /// <summary>
    /// Creates the handoff unless the conversation already has an open one (then null): one check-and-insert, so that
    /// a burst of messages in one conversation cannot queue several handoffs.
    /// </summary>
    Task<Handoff?> TryCreateAsync(Handoff handoff, CancellationToken ct = default);
    Task<Handoff?> GetAsync(long id, CancellationToken ct = default);
    Task<Handoff?> FindOpenAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Open handoffs in queue order (priority, then waiting time), or all handoffs with the given status, newest first when closed.</summary>
    Task<IReadOnlyList<Handoff>> ListAsync(string? status, int limit = 200, CancellationToken ct = default);

    /// <summary>Takes a waiting handoff for the agent; false when someone else took it first or it is not waiting.</summary>
    Task<bool> TryClaimAsync(long id, string agent, DateTimeOffset at, CancellationToken ct = default);

    Task<bool> TryTransferAsync(long id, string fromAgent, string toAgent, CancellationToken ct = default);
    Task MarkFirstReplyAsync(long id, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Closes an active handoff held by the agent as resolved (with a disposition) or returned to the bot.</summary>
    Task<bool> TryCloseAsync(long id, string agent, string status, string? disposition, DateTimeOffset at, CancellationToken ct = default);

    Task AddNoteAsync(HandoffNote note, CancellationToken ct = default);
    Task<IReadOnlyList<HandoffNote>> NotesAsync(long id, CancellationToken ct = default);
}
