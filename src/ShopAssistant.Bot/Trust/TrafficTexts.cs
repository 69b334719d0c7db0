namespace ShopAssistant.Bot.Trust;

/// <summary>What a shopper is told when a limit stops them, in their language ("zh" or "en").</summary>
public static class TrafficTexts
{
    private static string T(string? language, string zh, string en) => language == "en" ? en : zh;

    public static string SlowDown(string? language) => T(language,
        "您的消息发得有点快，请稍等片刻再发，我们会逐条为您处理。",
        "You're sending messages a little fast: please wait a moment before the next one, and we'll answer each in turn.");

    public static string TooManyHandoffs(string? language) => T(language,
        "抱歉，一小时内从您的网络发起的人工客服请求过多，请稍后再试。您也可以继续在这里提问。",
        "Sorry, too many requests for a person have come from your network in the last hour; please try again later. You can keep asking me here meanwhile.");

    public static string TooManyConversations(string? language) => T(language,
        "一小时内从您的网络开启的新会话过多，请稍后再试。Too many new conversations from your network in the last hour; please try again later.",
        "Too many new conversations from your network in the last hour; please try again later. 一小时内从您的网络开启的新会话过多，请稍后再试。");

    public static string PleaseResend(string? text) =>
        "抱歉，刚才系统重启，您的这条消息没有得到回复" + Quote(text) + "，请再发一次。"
        + " Sorry, we restarted just as your message arrived and it went unanswered; please send it again.";

    private static string Quote(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : "：「" + (text.Length > 40 ? text[..40] + "…" : text) + "」";

    public static string Language(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "zh";
}
