using ShopAssistant.Domain;

namespace ShopAssistant.Assistant;

/// <summary>
/// What the assistant remembers within one conversation. Persisted by the bot layer with the conversation
/// state, so it survives a restart; plain settable properties because it is serialised as JSON.
/// </summary>
public sealed class ConversationMemory
{
    public ShopLanguage? Language { get; set; }
    public bool Greeted { get; set; }
    public int Turns { get; set; }

    /// <summary>An order number the shopper gave, waiting for the phone's last 4 digits (handbook O3).</summary>
    public int? PendingOrderNo { get; set; }

    /// <summary>Orders a guest has proved are theirs (order number + phone last 4) in this conversation.</summary>
    public List<int> VerifiedOrders { get; set; } = [];

    /// <summary>Failed order verifications; capped so that nobody can walk through the 10,000 possible last-4 digits.</summary>
    public int FailedVerifications { get; set; }
}
