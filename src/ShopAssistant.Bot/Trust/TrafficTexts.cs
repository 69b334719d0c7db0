using ShopAssistant.Domain;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Bot.Trust;

/// <summary>What a shopper is told when a limit stops them, in their language ("zh" or "en").</summary>
public static class TrafficTexts
{
    private static string Say(string? language, string key) => ShopTexts.Default.Say(key, language == "en" ? ShopLanguage.En : ShopLanguage.Zh);

    public static string SlowDown(string? language) => Say(language, "traffic.slowDown");

    public static string TooManyHandoffs(string? language) => Say(language, "traffic.tooManyHandoffs");

    public static string TooManyConversations(string? language) => Say(language, "traffic.tooManyConversations");

    /// <summary>Said in both languages: the message that went unanswered may be all we know of the shopper.</summary>
    public static string PleaseResend(string? text) => ShopTexts.Default.Say("traffic.pleaseResend", ShopLanguage.Zh, ("quote", Quote(text)));

    private static string Quote(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : "：「" + (text.Length > 40 ? text[..40] + "…" : text) + "」";

    public static string Language(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "zh";
}
