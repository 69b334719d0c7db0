using System.Globalization;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>What the shopper is told around a handoff, in their language.</summary>
internal static class HandoffTexts
{
    private static bool Zh(string language) => language == "zh";

    public static string Queued(string language, int ahead, TimeSpan? typicalWait) => Zh(language)
        ? $"好的，正在为您转接人工客服（服务时间每天 09:00–23:00）。" + (ahead == 0 ? "您是下一位。" : $"您前面还有 {ahead} 位顾客。")
          + (typicalWait is { } w ? $"近期平均等待约 {Minutes(w)} 分钟。" : "") + "客服接入后会在这里直接回复您，请稍候。"
        : "Sure, I'm passing you to a member of our team (they work 09:00–23:00 Beijing time, every day). "
          + (ahead == 0 ? "You're next in line. " : $"There {(ahead == 1 ? "is 1 shopper" : $"are {ahead} shoppers")} ahead of you. ")
          + (typicalWait is { } t ? $"Recent waits have been about {Minutes(t)} min. " : "") + "They'll reply right here.";

    public static string LeftMessage(string language, DateTimeOffset answerBy) => Zh(language)
        ? $"人工客服的服务时间为每天 09:00–23:00，现在不在服务时间内。您的留言已经记录，客服会在 {answerBy:M月d日} 上午 10:00 前回复您。"
        : $"Our team works 09:00–23:00 Beijing time, so nobody is on duty right now. Your message is saved, and an agent will reply by 10:00 on {answerBy.ToString("d MMM", CultureInfo.InvariantCulture)}.";

    public static string StillWaiting(string language) => Zh(language)
        ? "已收到，您的消息已转给人工客服，请稍候。"
        : "Got it: your message is with our team, who will reply shortly.";

    public static string AgentJoined(string language, string agent) => Zh(language)
        ? $"您好，我是客服 {agent}，已经看到您的问题，马上为您处理。"
        : $"Hi, this is {agent} from the Hearth & Gift team. I've read your conversation and I'm on it.";

    public static string AskRating(string language) => Zh(language)
        ? "本次服务已结束，感谢您的耐心！请为本次服务打分（1–5 星）："
        : "We've wrapped up. Thank you for your patience! How would you rate our help (1–5 stars)?";

    public static IReadOnlyList<string> RatingButtons(string language) =>
        Enumerable.Range(1, 5).Select(n => Zh(language) ? $"{n}星" : $"{n} star{(n == 1 ? "" : "s")}").Reverse().ToList();

    public static string ThanksForRating(string language) => Zh(language)
        ? "感谢您的评价！欢迎随时再来暖居英伦家居礼品店。"
        : "Thank you for rating us! Come back to Hearth & Gift any time.";

    public static string BackToBot(string language) => Zh(language)
        ? "人工客服已结束接待，接下来由智能助手继续为您服务。还有什么可以帮您？"
        : "Our agent has handed you back to the shop assistant. Anything else I can help with?";

    private static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
