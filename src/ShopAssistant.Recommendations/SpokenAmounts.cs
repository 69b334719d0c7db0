using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ShopAssistant.Recommendations;

/// <summary>
/// Writes amounts that shoppers spell out as digits, so that the budget patterns read one form: Chinese numerals
/// ("一百元以内", "两百左右", "一百五", "一千零五十") and English number words ("under a hundred", "fifty to eighty").
/// A lone Chinese digit is left alone unless money follows it ("一个杯子" stays, "五块" becomes "5块"), and so are
/// units without digits (百货, 万圣节).
/// </summary>
public static partial class SpokenAmounts
{
    public static string ToDigits(string text) => EnglishNumbers().Replace(ChineseNumerals().Replace(NeighbouringFigures().Replace(text, Span), Chinese), English);

    /// <summary>
    /// "三四十块", "五六十", "一两百": two neighbouring figures before one unit are a span. Tens take in their "and some"
    /// (三四十 is 30 to 50, the forties included); hundreds and thousands end at the second figure (一两百 is 100 to 200).
    /// </summary>
    private static string Span(Match match)
    {
        var (low, high) = (Digit(match.Groups["low"].Value[0])!.Value, Digit(match.Groups["high"].Value[0])!.Value);
        if (high != low + 1) return match.Value;
        var unit = Unit(match.Groups["unit"].Value[0]);
        var top = unit == 10 ? (high + 1) * unit : high * unit;
        return $"{low * unit}-{top}";
    }

    private static string Chinese(Match match)
    {
        var followedByMoney = match.Groups["money"].Success;
        var digits = match.Groups["run"].Value;
        // Units alone are words, not amounts (百货, 万圣节), except 十 ("十块" is ten).
        if (!digits.Any(c => Digit(c) is not null) && digits[0] != '十') return match.Value;
        if (!digits.Any(c => Unit(c) > 0) && !followedByMoney) return match.Value;
        return ReadChinese(digits).ToString(CultureInfo.InvariantCulture) + match.Groups["money"].Value;
    }

    /// <summary>Reads one run of Chinese numerals; a digit right after 百/千 is the next place down (一百五 = 150).</summary>
    internal static long ReadChinese(string run)
    {
        long total = 0, section = 0, digit = 0, lastUnit = 1;
        var afterZero = false;
        foreach (var c in run)
        {
            if (Digit(c) is { } d)
            {
                digit = d;
                if (d == 0) afterZero = true;
                continue;
            }
            var unit = Unit(c);
            if (unit == 10_000)
            {
                total += (section + digit) * unit;
                section = 0;
            }
            else
            {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }
            lastUnit = unit;
            digit = 0;
            afterZero = false;
        }
        if (digit > 0) section += lastUnit >= 100 && !afterZero ? digit * lastUnit / 10 : digit;
        return total + section;
    }

    private static long? Digit(char c) => "零〇一二三四五六七八九".IndexOf(c) is >= 0 and var i ? (i <= 1 ? 0 : i - 1) : c == '两' ? 2 : null;

    private static long Unit(char c) => c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, _ => 0 };

    private static readonly Dictionary<string, long> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static string English(Match match)
    {
        var tokens = Regex.Split(match.Value.Trim().ToLowerInvariant(), @"[\s-]+").Where(t => t.Length > 0).ToList();
        // "a" and "and" only count inside an amount: "for a friend" stays as it is.
        while (tokens.Count > 0 && tokens[^1] is "a" or "an" or "and") tokens.RemoveAt(tokens.Count - 1);
        if (!tokens.Any(t => Words.ContainsKey(t) || t is "hundred" or "thousand")) return match.Value;
        long total = 0, current = 0;
        foreach (var token in tokens)
        {
            if (Words.TryGetValue(token, out var value)) current += value;
            else if (token == "hundred") current = Math.Max(current, 1) * 100;
            else if (token == "thousand")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
        }
        var leading = match.Value.Length - match.Value.TrimStart().Length;
        var kept = new StringBuilder(match.Value[..leading]).Append((total + current).ToString(CultureInfo.InvariantCulture));
        return kept.Append(match.Value.EndsWith(' ') ? " " : "").ToString();
    }

    [GeneratedRegex(@"(?<![零〇一二两三四五六七八九十百千万])(?<low>[一二两三四五六七八])(?<high>[二两三四五六七八九])(?<unit>[十百千])(?![零〇一二两三四五六七八九十百千万])")]
    private static partial Regex NeighbouringFigures();

    [GeneratedRegex(@"(?<run>[零〇一二两三四五六七八九十百千万]+)(?<money>元|块|圆)?")]
    private static partial Regex ChineseNumerals();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:a|an|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\s-]+|(?![\p{L}])))+", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNumbers();
}
