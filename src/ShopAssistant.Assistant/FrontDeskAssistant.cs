using System.Text.RegularExpressions;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant;

/// <summary>
/// The first assistant: greets (handbook §8.1), answers order status for the shopper's own orders (O3) and
/// otherwise says politely what it can do. No longer registered (Orchestration/Orchestrator is); kept because the
/// bot's tests drive the bot with it, independently of the understanding model.
/// </summary>
public sealed partial class FrontDeskAssistant(OrderLookup orders) : IShopAssistant
{
    /// <summary>Enough for any real question; the rest of a pasted essay is not read.</summary>
    public const int MaxReadLength = 2_000;

    public AssistantReply Welcome(string? locale)
    {
        var language = ShopLanguages.Parse(locale);
        return new AssistantReply(FrontDeskTexts.Welcome(language), ReplyMetadata.Offline(Intents.Greeting, 1, language))
        { SuggestedActions = FrontDeskTexts.Starters(language) };
    }

    public Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default)
    {
        var text = turn.Text.Length > MaxReadLength ? turn.Text[..MaxReadLength] : turn.Text;
        var language = DetectLanguage(text) ?? memory.Language ?? ShopLanguages.Parse(turn.Locale);
        memory.Language = language;
        memory.Turns++;

        var reply = Answer(turn.ShopperId, text.Trim(), language, memory);
        if (!memory.Greeted)
        {
            memory.Greeted = true;
            if (reply.Metadata.Intent != Intents.Greeting)
                reply = reply with { Text = FrontDeskTexts.Hello(language) + reply.Text };
        }
        return Task.FromResult(reply);
    }

    private AssistantReply Answer(string shopperId, string text, ShopLanguage language, ConversationMemory memory)
    {
        if (text.Length == 0)
            return Reply(FrontDeskTexts.Empty(language), Intents.Other, 0, language, FrontDeskTexts.Starters(language));

        if (AsksForPerson().IsMatch(text))
            return new AssistantReply("", new ReplyMetadata(Intents.HumanAgent, 0.95, language.Code(), [], [], true, HandoffReasons.ShopperRequest, ReplyMetadata.OfflinePolicy));

        var orderNo = OrderNumber().Match(text) is { Success: true } m ? int.Parse(m.Value) : (int?)null;
        var last4 = PhoneLast4(text, expectingOnlyDigits: memory.PendingOrderNo is not null && orderNo is null);

        if (orderNo is null && last4 is not null && memory.PendingOrderNo is { } pending) orderNo = pending;
        if (orderNo is not null) return OrderReply(shopperId, orderNo.Value, last4, language, memory);
        if (AsksAboutOrders().IsMatch(text)) return MyOrders(shopperId, language);
        if (Greets().IsMatch(text))
        {
            memory.Greeted = true;
            return Reply(FrontDeskTexts.Welcome(language), Intents.Greeting, 0.9, language, FrontDeskTexts.Starters(language));
        }
        return Reply(FrontDeskTexts.NotSure(language), Intents.Other, 0.2, language, FrontDeskTexts.Starters(language));
    }

    private AssistantReply OrderReply(string shopperId, int orderNo, string? last4, ShopLanguage language, ConversationMemory memory)
    {
        var access = orders.Access(shopperId, orderNo, last4, memory);
        memory.PendingOrderNo = access.Outcome == OrderAccessOutcome.NeedsPhoneLast4 ? orderNo : null;
        if (access.Outcome == OrderAccessOutcome.Granted && orders.Track(access.Order!) is { Status: ShipmentStatus.Stalled } stalled)
        {
            // Handbook S8: a parcel without movement for 3 days goes to an agent, who opens a carrier inquiry.
            return new AssistantReply(OrderStatusText.Describe(access.Order!, stalled, language),
                new ReplyMetadata(Intents.OrderStatus, 0.9, language.Code(), [], [], true, HandoffReasons.StalledParcel, ReplyMetadata.OfflinePolicy));
        }
        var text = access.Outcome switch
        {
            OrderAccessOutcome.Granted => OrderStatusText.Describe(access.Order!, orders.Track(access.Order!), language),
            OrderAccessOutcome.NeedsPhoneLast4 => FrontDeskTexts.AskPhoneLast4(language, orderNo),
            OrderAccessOutcome.Locked => FrontDeskTexts.VerificationLocked(language),
            _ => orders.KnownShopper(shopperId) is null ? FrontDeskTexts.CannotVerify(language) : FrontDeskTexts.NotYourOrder(language),
        };
        return Reply(text, Intents.OrderStatus, 0.9, language, []);
    }

    private AssistantReply MyOrders(string shopperId, ShopLanguage language)
    {
        if (orders.KnownShopper(shopperId) is not { } customer)
            return Reply(FrontDeskTexts.AskOrderNumber(language), Intents.OrderStatus, 0.8, language, []);
        var recent = orders.RecentOrdersOf(customer, 3);
        if (recent.Count == 0) return Reply(FrontDeskTexts.NoOrders(language), Intents.OrderStatus, 0.8, language, []);
        var lines = recent.Select(o => "• " + OrderStatusText.Describe(o, orders.Track(o), language));
        return Reply(FrontDeskTexts.YourRecentOrders(language) + "\n" + string.Join("\n", lines), Intents.OrderStatus, 0.8, language, []);
    }

    private static AssistantReply Reply(string text, string intent, double confidence, ShopLanguage language, IReadOnlyList<string> actions) =>
        new(text, ReplyMetadata.Offline(intent, confidence, language)) { SuggestedActions = actions };

    internal static ShopLanguage? DetectLanguage(string text)
    {
        if (text.Any(c => c is >= '\u4e00' and <= '\u9fff')) return ShopLanguage.Zh;
        return text.Any(char.IsAsciiLetter) ? ShopLanguage.En : null;
    }

    private static string? PhoneLast4(string text, bool expectingOnlyDigits)
    {
        if (PhoneLast4Phrase().Match(text) is { Success: true } phrase) return phrase.Groups["d"].Value;
        return expectingOnlyDigits && FourDigits().Match(text) is { Success: true } digits ? digits.Value : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"转人工|人工客服|真人|找人工|\b(human|real person|an? agent|live agent|someone real)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForPerson();

    [GeneratedRegex(@"(尾号|后四位|后4位|last\s*(4|four)(\s*digits)?)\D{0,12}(?<d>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLast4Phrase();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"订单|物流|快递|发货|到哪|单号|\border|\bparcel|\bpackage|\bdeliver|\btrack|\bship", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutOrders();

    [GeneratedRegex(@"^(你好|您好|在吗|在不在|哈喽|嗨|hi|hello|hey|good (morning|afternoon|evening))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greets();
}
