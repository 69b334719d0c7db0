using System.Text.RegularExpressions;

namespace ShopAssistant.Quality;

/// <summary>
/// Scores a conversation against the standard service flow (handbook §8) from its transcript alone. Rule-based and
/// deliberately modest: each rule is a phrase list or a piece of reply metadata a reviewer can check by eye, and every
/// score comes with its reason.
/// </summary>
public static partial class QualityScorecard
{
    public const int StepMax = 20;
    public const int FlagPenalty = 25;
    public const double LowConfidence = 0.45;
    private static readonly TimeSpan GreetWithin = TimeSpan.FromSeconds(10);

    private static readonly string[] ShopNames = ["暖居", "Hearth & Gift", "Hearth &amp; Gift"];
    private static readonly string[] MoreHelp = ["还有什么", "还有其他", "其他问题", "其他需要", "解决了吗", "是否解决", "anything else", "else i can help", "did that help", "does that help", "is there anything"];
    private static readonly string[] RatingInvite = ["1–5", "1-5", "打分", "评价", "rate our", "rating"];
    private static readonly string[] PoliteClose = ["感谢", "谢谢", "欢迎", "再见", "thank you", "thanks", "goodbye", "come back"];
    private static readonly string[] Chitchat = ["greeting", "goodbye", "thanks", "other", "human_agent"];

    private static readonly (string Rule, string[] Phrases)[] Forbidden =
    [
        ("blaming", ["你自己的问题", "您自己的问题", "你的错", "您的错", "怪你", "怪您", "谁让你", "your fault", "you should have", "you didn't read"]),
        ("promise", ["保证", "一定能", "绝对没问题", "肯定能", "guarantee", "i promise", "100%"]),
        ("pressure_selling", ["最后机会", "马上下单", "赶紧买", "不买就没", "last chance", "buy now", "only today"]),
    ];

    public static ScoreCard Score(IReadOnlyList<TranscriptLine> lines)
    {
        var messages = lines.Where(l => l.IsMessage).ToList();
        var shop = messages.Where(l => l.FromShop).ToList();
        var steps = new List<StepScore> { Greet(lines, shop), Understand(shop), Solve(shop), Confirm(shop), Close(shop) };
        var flags = Flags(shop);
        return new ScoreCard(Total(steps, flags), steps, flags);
    }

    /// <summary>The five steps of handbook §8, in order.</summary>
    public static readonly IReadOnlyList<string> StepNames = ["greet", "understand", "solve", "confirm", "close"];

    /// <summary>The forbidden behaviours of handbook §8 (personal_data: another shopper's data, a full phone number or e-mail).</summary>
    public static readonly IReadOnlyList<string> ForbiddenRules = ["blaming", "promise", "personal_data", "pressure_selling"];

    /// <summary>The one way a total is computed, whoever judged the steps: the model never supplies it.</summary>
    public static int Total(IReadOnlyList<StepScore> steps, IReadOnlyList<FlowFlag> flags) =>
        Math.Clamp(steps.Sum(s => s.Points) - FlagPenalty * flags.Count, 0, 100);

    private static StepScore Greet(IReadOnlyList<TranscriptLine> lines, List<TranscriptLine> shop)
    {
        if (shop.Count == 0) return new("greet", 0, StepMax, "The shop never answered. 店铺没有回复。");
        var opened = lines.FirstOrDefault(l => !l.FromShop)?.At ?? shop[0].At;
        var first = shop[0];
        var fast = first.At - opened <= GreetWithin;
        var named = shop.Take(2).Any(l => Has(l.Text, ShopNames));
        var points = (fast ? 10 : 0) + (named ? 10 : 0);
        var why = (fast ? "Answered within 10 s" : $"First answer after {(first.At - opened).TotalSeconds:0} s")
            + (named ? ", shop named. 及时问候并报店名。" : ", shop not named. 问候未报店名。");
        return new("greet", points, StepMax, why);
    }

    private static StepScore Understand(List<TranscriptLine> shop)
    {
        var bot = shop.Where(l => l.Speaker == TranscriptLine.Bot && l.Intent is not null && !l.Handoff).ToList();
        var understood = bot.Count(l => l.Intent != "other" && (l.Confidence ?? 1) >= LowConfidence);
        var manyQuestions = shop.Count(l => QuestionMarks(l.Text) > 1);
        var share = bot.Count == 0 ? (shop.Any(l => l.Speaker == TranscriptLine.AgentSpeaker) ? 1 : 0) : (double)understood / bot.Count;
        var points = Math.Max(0, (int)Math.Round(StepMax * share) - 5 * manyQuestions);
        return new("understand", points, StepMax,
            $"{understood} of {bot.Count} bot replies understood the need (intent known, confidence ≥ {LowConfidence})"
            + (manyQuestions > 0 ? $"; {manyQuestions} message(s) asked several questions at once. 一次追问多个问题。" : ". 需求理解情况。"));
    }

    private static StepScore Solve(List<TranscriptLine> shop)
    {
        if (shop.Any(l => l.Sources > 0 || l.Products > 0))
            return new("solve", StepMax, StepMax, "An answer cited a service script or showed products. 回答引用了政策依据。");
        if (shop.Count(l => l.Speaker == TranscriptLine.AgentSpeaker) >= 2)
            return new("solve", StepMax, StepMax, "An agent took the conversation and answered. 人工客服已接手处理。");
        if (shop.Any(l => l.Intent is not null && !Chitchat.Contains(l.Intent) && (l.Confidence ?? 0) >= LowConfidence && !l.Handoff))
            return new("solve", 10, StepMax, "Answered the need but cited no policy. 已回答但未引用政策依据。");
        return new("solve", 0, StepMax, "No answer to a shop question was given. 未解决顾客问题。");
    }

    private static StepScore Confirm(List<TranscriptLine> shop) =>
        shop.Any(l => Has(l.Text, MoreHelp) || l.Products > 0)
            ? new("confirm", StepMax, StepMax, "Checked the problem was solved or offered more help. 已确认并提供更多帮助。")
            : new("confirm", 0, StepMax, "Never asked whether the problem was solved. 未确认问题是否解决。");

    private static StepScore Close(List<TranscriptLine> shop)
    {
        var invited = shop.Any(l => Has(l.Text, RatingInvite));
        var polite = shop.Skip(1).Any(l => Has(l.Text, PoliteClose) || l.Intent is "goodbye" or "thanks");
        return new("close", (invited ? 10 : 0) + (polite ? 10 : 0), StepMax,
            (invited ? "Invited a 1–5 rating" : "No rating invited") + (polite ? ", closed politely. 礼貌结束。" : ", no polite close. 未礼貌结束。"));
    }

    private static List<FlowFlag> Flags(List<TranscriptLine> shop)
    {
        var flags = new List<FlowFlag>();
        foreach (var line in shop)
        {
            foreach (var (rule, phrases) in Forbidden)
                if (phrases.FirstOrDefault(p => Has(line.Text, [p])) is { } hit) flags.Add(new FlowFlag(rule, Clip(line.Text!)));
            // A full phone number or e-mail address in the shop's words is personal data the bot never needs to show.
            if (line.Text is { } text && (Phone().IsMatch(text) || Email().IsMatch(text))) flags.Add(new FlowFlag("personal_data", Clip(text)));
        }
        return flags;
    }

    private static bool Has(string? text, string[] phrases) =>
        text is not null && phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static int QuestionMarks(string? text) => text?.Count(c => c is '?' or '？') ?? 0;

    private static string Clip(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();
}
