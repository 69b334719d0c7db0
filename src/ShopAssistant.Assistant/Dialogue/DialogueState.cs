using System.Text.RegularExpressions;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>What this turn is about once the conversation so far is taken into account.</summary>
public sealed record TurnReading(MessageUnderstanding Understanding, ShopperSlots Slots, string SearchText, bool FollowUp);

/// <summary>
/// The conversation's topic and situation across turns. A message that only adds a slot to the last rule question
/// ("那广州呢", "and for Hainan?", "我是花呗付的") continues that question; a question about a rule that mentions an order
/// or a payment goes to the rule; when the intent model is unsure, the message's rule words decide.
/// </summary>
public static partial class DialogueState
{
    /// <summary>The rules a follow-up can continue, and whether a message's slots are ones that rule applies to.</summary>
    private static readonly Dictionary<string, Func<ShopperSlots, bool>> RuleSlots = new()
    {
        [Intents.ShippingPolicy] = s => s.Place is not null || s.Amount is not null || s.ClockTime is not null,
        [Intents.ReturnPolicy] = s => s.DaysAgo is not null || s.ItemKind is not null,
        [Intents.ReturnRequest] = s => s.DaysAgo is not null || s.ItemKind is not null,
        [Intents.QualityIssue] = s => s.DaysAgo is not null,
        [Intents.RefundStatus] = s => s.PaymentMethod is not null,
        [Intents.Invoice] = s => s.DaysAgo is not null,
        [Intents.PriceProtection] = s => s.DaysAgo is not null,
        [Intents.CouponMembership] = s => s.Amount is not null,
        [Intents.Payment] = s => s.Amount is not null || s.PaymentMethod is not null,
    };

    /// <summary>Intents whose answer needs a specific order; a rule question that merely mentions an order is not one.</summary>
    private static readonly HashSet<string> OrderLookups = [Intents.OrderStatus, Intents.CancelOrder, Intents.Payment];

    /// <summary>Below this the intent model is a guess, and the message's rule words decide.</summary>
    public const double UnsureBelow = 0.45;

    public static bool IsRule(string intent) => RuleSlots.ContainsKey(intent);

    public static TurnReading Read(MessageUnderstanding u, ConversationMemory memory)
    {
        var intent = u.Intent;
        var confidence = u.Confidence;
        var slots = u.Slots;
        var cues = u.Topics;
        var asksOrderState = cues.Contains(Intents.OrderStatus);
        var ruleCue = cues.FirstOrDefault(c => c != Intents.OrderStatus && c != intent);

        // Routing (issue class 4): "this order is ¥40, do I pay postage?" asks the shipping rule, not for an order look-up.
        if (OrderLookups.Contains(intent) && u.Entities.OrderNumbers.Count == 0 && ruleCue is not null && !asksOrderState)
            (intent, confidence) = (ruleCue, Math.Max(confidence, 0.6));
        else if (confidence < UnsureBelow && cues.Count > 0 && cues[0] != intent)
            (intent, confidence) = (cues[0], UnsureBelow);

        // Dialogue state (issue class 2): a message that adds a slot to the last rule question continues it.
        if (memory.Topic is { } topic && RuleSlots.TryGetValue(topic, out var uses) && uses(slots))
        {
            var otherTopic = cues.Any(c => c != topic && !SlotTopic(c, slots));
            var continues = !otherTopic && (Elliptical().IsMatch(u.NormalText) || confidence < 0.75 || intent == topic || !IsRule(intent) || SlotTopic(intent, slots));
            if (continues || intent == topic)
            {
                var merged = slots.Over(memory.Slots?.ToSlots());
                var search = continues && intent != topic ? $"{memory.TopicQuery} {u.NormalText}" : u.NormalText;
                return new TurnReading(u with { Intent = topic, Confidence = Math.Max(confidence, 0.6) }, merged, search, continues && intent != topic);
            }
        }
        else if (memory.Topic is { } same && same == intent && memory.Slots is { } earlier)
        {
            return new TurnReading(u with { Intent = intent, Confidence = confidence }, slots.Over(earlier.ToSlots()), u.NormalText, false);
        }
        return new TurnReading(u with { Intent = intent, Confidence = confidence }, slots, u.NormalText, false);
    }

    /// <summary>After the answer: remember the rule and situation for the next turn, or forget them when the talk moved on.</summary>
    public static void Remember(ConversationMemory memory, TurnReading reading, string answeredIntent)
    {
        if (IsRule(answeredIntent))
        {
            if (!reading.FollowUp || memory.Topic != answeredIntent) memory.TopicQuery = Cap(reading.Understanding.NormalText);
            memory.Topic = answeredIntent;
            memory.Slots = RememberedSlots.From(reading.Slots);
        }
        else if (answeredIntent is not (Intents.Greeting or Intents.Thanks or Intents.Other))
        {
            memory.Topic = null;
            memory.TopicQuery = null;
            memory.Slots = null;
        }
    }

    /// <summary>A cue that only names a slot's value (花呗 in "我是花呗付的", 杭州 in "那杭州呢") is no new topic.</summary>
    private static bool SlotTopic(string cue, ShopperSlots slots) =>
        (cue == Intents.Payment && slots.PaymentMethod is not null) || (cue == Intents.ShippingPolicy && slots.Place is not null);

    private static string Cap(string text) => text.Length > 200 ? text[..200] : text;

    [GeneratedRegex(@"^(那|那么|那要是|要是|如果|还有|另外|换成|and|so|then|what about|how about|what if|if)\b|^(那|那么|要是|如果|还有)|呢\s*[?？]?\s*$|^\W*(and|what about|how about)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Elliptical();
}
