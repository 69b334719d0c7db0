using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// The assistant's own sentences by name, from the shop's text catalogue (data/shop-texts.json). Service facts are
/// never written here: they come from the knowledge-base scripts, the shop's rules or its data.
/// </summary>
internal static class ReplyTexts
{
    private static ShopTexts Texts => ShopTexts.Default;

    public static string Say(ShopLanguage l, string key, params (string, object?)[] values) => Texts.Say(key, l, values);

    public static string Hello(ShopLanguage l) => Say(l, "hello");

    public static string Welcome(ShopLanguage l) => Say(l, "welcome");

    public static IReadOnlyList<string> Starters(ShopLanguage l) => Texts.List("starters", l);

    public static string Empty(ShopLanguage l) => Say(l, "empty");

    public static string OffTopic(ShopLanguage l) => Say(l, "offTopic");

    public static string NotSure(ShopLanguage l) => Say(l, "notSure");

    /// <summary>R8 stated for a question about it ("do you compensate for late deliveries?"): a person decides, on request.</summary>
    public static string CompensationRule(ShopLanguage l) => Say(l, "compensationRule");
    /// <summary>R4 for an item that has not arrived yet: what happens if it arrives damaged (no apology, nothing has happened).</summary>
    public static string DamageOnArrival(ShopLanguage l) => Say(l, "damageOnArrival");

    public static string Clarify(ShopLanguage l, string first, string second) => Say(l, "clarify", ("first", first), ("second", second));

    public static string AskOrderNumber(ShopLanguage l) => Say(l, "order.askNumber");

    public static string RequestRecorded(ShopLanguage l, string intent, int orderNo) =>
        Say(l, "order.requestRecorded", ("what", Say(l, "order.request." + intent)), ("orderNo", orderNo));

    public static string AlreadyDispatched(ShopLanguage l) => Say(l, "order.alreadyDispatched");

    public static string RefusePromptInjection(ShopLanguage l) => Say(l, "refusePromptInjection");

    public static string Suggestions(ShopLanguage l) => Say(l, "suggestions");

    public static string NoSuggestions(ShopLanguage l) => Say(l, "noSuggestions");

    public static string ThanksForRating(ShopLanguage l) => Say(l, "thanksForRating");

    public static string IAmTheAssistant(ShopLanguage l) => Say(l, "iAmTheAssistant");

    public static string NoPersonThen(ShopLanguage l) => Say(l, "noPersonThen");

    public static string ThanksForKindWords(ShopLanguage l) => Say(l, "thanksForKindWords");

    /// <summary>A photo with no words and no damage reported before it: what should we look at?</summary>
    public static string WhatToLookAt(ShopLanguage l) => Say(l, "photo.whatToLookAt");

    /// <summary>Photos of a damaged item go to a person, who will look at them (H3.4).</summary>
    public static string PhotosHandedOver(ShopLanguage l) => Say(l, "photo.handedOver");

    /// <summary>A one-line acknowledgement; the bot's handoff desk adds the queue or after-hours message.</summary>
    public static string HandoffAck(ShopLanguage l, string reason) =>
        Texts.Keys.Contains("handoffAck." + reason)
            ? Say(l, "handoffAck." + reason, ("claimLimit", Price.Amount(ShopPolicy.Default.ClaimLimitRmb)))
            : Say(l, "handoffAck.default");

    /// <summary>How each intent reads as a button, for clarifying questions and related help.</summary>
    public static string IntentButton(ShopLanguage l, string intent) => intent switch
    {
        Intents.Complaint => Say(l, "button." + Intents.HumanAgent),
        _ when Texts.Keys.Contains("button." + intent) => Say(l, "button." + intent),
        _ => Say(l, "button." + Intents.Other),
    };
}
