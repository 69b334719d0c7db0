using System.Text.RegularExpressions;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// "不用转人工了，谢谢", "no need for a human, you answered it": a person turned down is no request for one (H3.1). The
/// words a request is made of are all there, so the model hears human_agent; the message is thanks, or about whatever the
/// shopper was talking about.
/// </summary>
public static partial class DeclinedPerson
{
    public static bool Applies(string text)
    {
        try
        {
            return Declines().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>"不用了，谢谢": the shopper thanks as they turn the person down.</summary>
    public static bool Thanks(string text) => ThanksWords().IsMatch(text);

    /// <summary>Thanks when the shopper thanks; otherwise the model's runner-up, which is what the message is about.</summary>
    internal static IntentPrediction Apply(IntentPrediction prediction, string text) =>
        prediction.Intent != IntentLabels.HumanAgent ? prediction
        : Thanks(text) ? prediction with { Intent = IntentLabels.Thanks }
        : prediction with { Intent = prediction.RunnerUpIntent == IntentLabels.HumanAgent ? IntentLabels.Other : prediction.RunnerUpIntent };

    [GeneratedRegex(@"(不用|不必|不需要|无需|用不着|别|不要|先不|暂时不|没必要)(帮我|给我|为我)?(转|找|叫|接)?(人工|真人|客服|人了|人啦|人哈|个人)|(?<![a-z'])(no need (for|of|to (talk to|speak (to|with)|get|bring in)) (a |an )?(human|person|agent|real person|someone)|(i )?(don'?t|do not|dont) (need|want) (to (talk|speak) (to|with) )?(a |an )?(human|person|agent|real person|someone else)|(don'?t|do not|dont|no need to) (bother )?(transfer|pass|hand|put)(ing)? me|no need to (get|call|involve|bring in) (anyone|anybody|someone)|(i'?m |im )?(good|fine|ok|okay) without (a |an )?(human|person|agent))(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Declines();

    [GeneratedRegex(@"谢|感谢|多谢|辛苦|(?<![a-z])(thanks?|thank you|thx|ty|cheers|ta|appreciate)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ThanksWords();
}
