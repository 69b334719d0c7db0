using System.Globalization;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>What the shopper is told around a handoff, in their language, from the shop's text catalogue.</summary>
internal static class HandoffTexts
{
    private static string Say(string language, string key, params (string, object?)[] values) => ShopTexts.Default.Say(key, language, values);

    private static (string, object?) Opens => ("opens", Clock(ServiceHours.Opens));

    private static (string, object?) Closes => ("closes", Clock(ServiceHours.Closes));

    public static string Queued(string language, int ahead, TimeSpan? typicalWait) => Say(language, "desk.queued", Opens, Closes,
        ("position", ahead switch
        {
            0 => Say(language, "desk.position.next"),
            1 => Say(language, "desk.position.one"),
            _ => Say(language, "desk.position.many", ("ahead", ahead)),
        }),
        ("wait", typicalWait is { } w ? Say(language, "desk.typicalWait", ("minutes", Math.Max(1, (int)Math.Ceiling(w.TotalMinutes)))) : ""));

    public static string LeftMessage(string language, DateTimeOffset answerBy) => Say(language, "desk.leftMessage", Opens, Closes,
        ("day", language == "zh" ? answerBy.ToString("M月d日", CultureInfo.InvariantCulture) : answerBy.ToString("d MMM", CultureInfo.InvariantCulture)),
        ("answeredBy", answerBy.ToString("HH:mm", CultureInfo.InvariantCulture)));

    public static string StillWaiting(string language) => Say(language, "desk.stillWaiting");

    public static string AgentJoined(string language, string agent) => Say(language, "desk.agentJoined", ("agent", agent));

    public static string AskRating(string language) => Say(language, "desk.askRating");

    public static IReadOnlyList<string> RatingButtons(string language) => ShopTexts.Default.List("desk.ratingButtons", Domain.ShopLanguages.Parse(language));

    public static string ThanksForRating(string language) => Say(language, "desk.thanksForRating");

    public static string BackToBot(string language) => Say(language, "desk.backToBot");

    private static string Clock(TimeSpan at) => at.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
