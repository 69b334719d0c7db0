using ShopAssistant.Assistant.Dialogue;
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

    /// <summary>The shopper was just asked for a 1–5 rating (handbook §8.5, Q4), by the bot's goodbye or after a handoff closed.</summary>
    public bool RatingAsked { get; set; }

    /// <summary>With <see cref="RatingAsked"/> after a handoff: the handoff rated and its agent, kept for the agent KPIs.</summary>
    public long? RatedHandoff { get; set; }
    public string? RatingAgent { get; set; }

    /// <summary>An order-related intent waiting for its order number (slot filling); asked for once only.</summary>
    public string? PendingIntent { get; set; }

    /// <summary>The last order the shopper named, so that "cancel it" needs no second order number.</summary>
    public int? LastOrderNo { get; set; }

    /// <summary>Bot answers in a row that did not help (unsure, or the shopper said so): two hand over (H3.3).</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>The shopper reported a damaged, wrong or incomplete item in this conversation (R4).</summary>
    public bool DamageReported { get; set; }

    /// <summary>The last turn asked about someone else's order (O3): their details given next are theirs too.</summary>
    public bool OthersOrderAsked { get; set; }

    /// <summary>The shopper sent photos in this conversation: a damage report after them has the photos R4 asks for.</summary>
    public bool PhotosSent { get; set; }

    /// <summary>What the shopper was asking when the first of those answers failed: the handoff after two is about that.</summary>
    public string? FailedTopic { get; set; }

    /// <summary>One more answer that did not help; the first remembers what the shopper was asking about.</summary>
    public void CountFailure()
    {
        if (ConsecutiveFailures++ == 0) FailedTopic = Topic ?? LastIntent;
    }

    /// <summary>An answer helped, or a person took over: the count of failures starts again.</summary>
    public void ClearFailures() => (ConsecutiveFailures, FailedTopic) = (0, null);

    /// <summary>The rule the last answer applied (shipping_policy, return_policy…): an elliptical follow-up continues it.</summary>
    public string? Topic { get; set; }

    /// <summary>What the shopper asked about that topic, so that "那新疆呢" is searched as the delivery-time question it continues.</summary>
    public string? TopicQuery { get; set; }

    /// <summary>The script the last rule answer quoted: a follow-up without words of its own prefers it.</summary>
    public string? TopicScript { get; set; }

    /// <summary>What the last answered message was about (a handoff after two failures is still about it).</summary>
    public string? LastIntent { get; set; }

    /// <summary>The situation named so far on this topic (place, amount, time, days ago…); a follow-up adds to it.</summary>
    public RememberedSlots? Slots { get; set; }

    /// <summary>The last answer was a clarifying question: the next one is not (§8.2: never the same question twice).</summary>
    public bool JustClarified { get; set; }

    /// <summary>The gift conversation: what the shopper asked for and was shown, for "cheaper", "换一批", "not candles".</summary>
    public GiftState? Gift { get; set; }

    /// <summary>Requests recorded for a person or the order page ("cancel:536367"); the bot never changes an order itself.</summary>
    public List<string> RecordedRequests { get; set; } = [];
}
