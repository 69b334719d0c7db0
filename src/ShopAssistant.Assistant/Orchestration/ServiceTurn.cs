using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// One shopper message while it is being answered: who asks (from the channel, never from the model), what the
/// message says, and what this turn has looked up. The looked-up facts are the evidence the guardrails check against.
/// </summary>
internal sealed class ServiceTurn(ShopperTurn turn, ConversationMemory memory, string text, MessageUnderstanding understanding, TurnReading? reading = null)
{
    /// <summary>The key under which a per-turn kernel clone carries this turn to the plugins.</summary>
    public const string KernelDataKey = "shopassistant.turn";

    public ShopperTurn Turn { get; } = turn;
    public string ShopperId => Turn.ShopperId;
    public ConversationMemory Memory { get; } = memory;
    public string Text { get; } = text;
    public MessageUnderstanding Understanding { get; } = reading?.Understanding ?? understanding;

    /// <summary>The situation so far (this message's slots over the topic's remembered ones): what computed answers apply the rules to.</summary>
    public ShopperSlots Slots { get; } = reading?.Slots ?? understanding.Slots;

    /// <summary>What retrieval searches for: the message in normal form, after the question it continues when it is a follow-up.</summary>
    public string SearchText { get; } = reading?.SearchText ?? (understanding.NormalText.Length > 0 ? understanding.NormalText : text);

    public TurnReading? Reading { get; } = reading;

    /// <summary>What the message says as a gift or recommendation request (shelves, budget, recipient, exclusions, refinements).</summary>
    public Recommendations.Gifts.GiftRequest Gift { get; init; } = new();

    /// <summary>A request for suggestions, or a refinement of the list just shown (<see cref="GiftConversation.IsGiftTurn"/>): read once a turn.</summary>
    public bool IsGiftTurn => _isGiftTurn ??= GiftConversation.IsGiftTurn(Text, Understanding, Gift, Memory, followsARule: Reading is { FollowUp: true });

    /// <summary>The message shops beside whatever else it asks (<see cref="GiftConversation.Shops"/>): read once a turn.</summary>
    public bool Shops => _shops ??= GiftConversation.Shops(Text, Understanding, Gift, Memory, followsARule: Reading is { FollowUp: true });

    private bool? _isGiftTurn, _shops;

    public ShopLanguage Language => Understanding.Language;
    public bool Zh => Language == ShopLanguage.Zh;

    /// <summary>Scripts retrieved in this turn, in order; their ids are the reply's sources.</summary>
    public List<KnowledgeHit> Scripts { get; } = [];

    /// <summary>What the plugins answered in this turn (order status, suggestions…), as the shopper could see it.</summary>
    public List<string> ToolResults { get; } = [];

    public List<ProductCard> Products { get; } = [];

    /// <summary>Set by the model's tool calls only (a stalled parcel, the model asking for a person); the offline policy returns its reason in its answer.</summary>
    public string? HandoffReason { get; set; }

    public void Cite(KnowledgeHit hit)
    {
        if (!Scripts.Any(s => s.ScriptId == hit.ScriptId)) Scripts.Add(hit);
    }

    public IReadOnlyList<string> Sources => Scripts.Select(s => s.ScriptId).Distinct().ToList();

    /// <summary>Everything a number or promise in the answer may come from.</summary>
    public string Evidence => string.Join("\n", Scripts.Select(s => s.Title + "\n" + s.Answer).Concat(ToolResults).Append(Text));
}
