using System.Text.RegularExpressions;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// Checks a model's answer after generation, in code (handbook C4, §8 forbidden list): every number must come from
/// this turn's scripts or tool results, and no coupon code, compensation, free gift or promise may appear unless the
/// scripts say it. A rejected answer is never sent; the offline answer is.
/// </summary>
internal static partial class AnswerGuardrails
{
    /// <summary>Words that promise something only a script may promise.</summary>
    private static readonly string[] Promises =
    [
        "coupon code", "promo code", "discount code", "voucher", "free gift", "compensat", "guarantee", "i promise", "we promise",
        "on the house", "extra discount", "full refund", "refund you",
        "优惠码", "券码", "兑换码", "赠品", "送您", "免费送", "赔偿", "补偿", "保证", "承诺", "免单", "额外优惠", "全额退款",
    ];

    public static string? Violation(string? answer, ServiceTurn turn)
    {
        if (string.IsNullOrWhiteSpace(answer)) return "empty answer";
        var facts = string.Join("\n", turn.Scripts.Select(s => s.Title + "\n" + s.Answer).Concat(turn.ToolResults));
        var factNumbers = Numbers(facts);
        var ownNumbers = Numbers(turn.Text).Where(n => n.Length >= 4).ToHashSet();
        foreach (var number in Numbers(answer))
        {
            if (!factNumbers.Contains(number) && !ownNumbers.Contains(number)) return $"number '{number}' is not in this turn's scripts or tool results";
        }
        foreach (Match m in ChineseQuantity().Matches(answer))
        {
            if (!facts.Contains(m.Value, StringComparison.Ordinal)) return $"quantity '{m.Value}' is not in this turn's scripts";
        }
        var lowerAnswer = answer.ToLowerInvariant();
        var lowerFacts = facts.ToLowerInvariant();
        foreach (var promise in Promises)
        {
            if (lowerAnswer.Contains(promise, StringComparison.Ordinal) && !lowerFacts.Contains(promise, StringComparison.Ordinal))
                return $"'{promise}' is not something the scripts offer";
        }
        foreach (Match code in CodeLike().Matches(answer))
        {
            if (!facts.Contains(code.Value, StringComparison.Ordinal)) return $"code '{code.Value}' is not in this turn's data";
        }
        return null;
    }

    /// <summary>Digits with their decimal part, thousands separators dropped: "¥1,000.5" → "1000.5".</summary>
    private static HashSet<string> Numbers(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.')).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"[零一二两三四五六七八九十百千万]+\s*(天|小时|个工作日|工作日|元|块|折|期|件|个月|年|倍)")]
    private static partial Regex ChineseQuantity();

    /// <summary>Things that look like a code a shopper could type at checkout: SAVE20, HEARTH-10.</summary>
    [GeneratedRegex(@"\b[A-Z]{2,}[-_]?\d+[A-Z0-9]*\b")]
    private static partial Regex CodeLike();
}
