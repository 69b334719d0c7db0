namespace ShopAssistant.Data;

/// <summary>Who a conversation belongs to: the channel it started on, the channel's user and the verified customer, if any.</summary>
public sealed record ConversationOwner(string ConversationKey, string ChannelId, string ShopperId, int? CustomerId)
{
    public bool SameShopper(ConversationOwner other) =>
        ChannelId == other.ChannelId && ShopperId == other.ShopperId && CustomerId == other.CustomerId;
}

/// <summary>The first activity of a conversation makes its sender the owner; later ones are compared with it.</summary>
public interface IConversationOwners
{
    /// <summary>Stores the owner when the conversation is new and returns the stored owner (the given one or the first).</summary>
    Task<ConversationOwner> ClaimAsync(ConversationOwner owner, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The conversation's owner, or null when no activity of it was ever accepted.</summary>
    Task<ConversationOwner?> FindAsync(string conversationKey, CancellationToken ct = default);
}

/// <summary>
/// Failed order verifications (order number + phone last 4) across every conversation, so that a new conversation
/// does not reset the count. Synchronous because the order check runs inside synchronous assistant plugins.
/// </summary>
public interface IVerificationLedger
{
    /// <summary>Whether any of the subjects ("order:536367", "client:…") is locked at that moment.</summary>
    bool IsLocked(IReadOnlyCollection<string> subjects, DateTimeOffset now);

    /// <summary>
    /// Records one failure of the client on the order, and locks each subject that has reached
    /// <paramref name="maxFailures"/> within <paramref name="window"/>. Returns the subjects this failure locked.
    /// </summary>
    IReadOnlyList<string> RecordFailure(int orderNo, string clientKey, DateTimeOffset now, TimeSpan window, int maxFailures, TimeSpan lockFor);
}

/// <summary>What the verification ledger locks: an order number, or a client (a connection's address or a channel user).</summary>
public static class VerificationSubjects
{
    public static string Order(int orderNo) => $"order:{orderNo}";
    public static string Client(string clientKey) => $"client:{clientKey}";
}
