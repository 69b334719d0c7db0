using System.Text;
using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Personal data a shopper may type: full mobile numbers, ID-card numbers (18-digit 身份证 and the old 15-digit ones)
/// and street addresses (zh 路/街/号/弄/室…, en "12 Baker Street"). Everything that is stored, logged or shown to
/// staff goes through <see cref="Mask"/>; the live message keeps its text so the bot can still read an order
/// number (6 digits) or a phone suffix (4 digits) — neither is masked here.
/// </summary>
public static class PersonalData
{
    // The patterns are interpreted, not compiled: every stored activity is masked, so a compiled pattern's code generation
    // and first-match JIT fell on a restart's first turn (bench cold), while masking a message is microseconds either way.

    /// <summary>What a masked address reads as: short, and obviously not the shopper's words.</summary>
    public const string AddressMark = "[地址已隐藏 address hidden]";

    // 18 digits: 6-digit region, birth date 19xx/20xx, 3-digit sequence, check digit (or X). 15 digits: the pre-1999
    // form with a 2-digit year. The date parts keep ordinary long numbers (waybills, timestamps) out.
    private static readonly Regex IdCard = new(
        "(?<![0-9A-Za-z])[1-9][0-9]{5}(?:(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
        + "|[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant, PatternBudget.Timeout);

    // A Chinese street address: a place name (no 省/市/区/县 inside it, so the coarse part before it survives) ending in
    // a road word, then a house number with 号/弄; or an estate (小区/花园/公寓…) with a building or room number. What
    // follows (栋, 单元, 室…) is part of it. The number is required: "建国路" alone locates nobody.
    private const string ZhName = "[\\u4e00-\\u9fff-[省市区县镇乡的在是我住址家到寄送和或]]";
    private const string ZhNumber = "[0-9０-９一二三四五六七八九十百零〇]{1,6}";
    private const string ZhTail = "(?:\\s*[-—]?\\s*(?:[0-9０-９]{1,5}|[A-Za-z一二三四五六七八九十]{1,3})\\s*(?:号楼|号|號|弄|栋|幢|座|楼|单元|层|室|户))*";
    private static readonly Regex ZhAddress = new(
        $"{ZhName}{{1,12}}(?:路|街|大街|大道|道|巷|胡同|里)\\s*{ZhNumber}\\s*(?:号|號|弄){ZhTail}"
        + $"|{ZhName}{{1,12}}(?:小区|花园|公寓|大厦|新村|家园|苑|广场|公馆|村)\\s*(?:[0-9０-９]{{1,5}}|[A-Za-z一二三四五六七八九十]{{1,3}})\\s*(?:号楼|号|栋|幢|座|楼|单元|层|室|户){ZhTail}",
        RegexOptions.CultureInvariant, PatternBudget.Timeout);

    // An English street address: a house number (12, 12a, 12-14), one to four name words that are not ordinary small
    // words ("2 more on the road" is not an address), then a street word. Flat/Apt/Unit before it is part of it.
    // Checked against every product name of the demo catalogue (PersonalDataStorageTests): none is taken for an address.
    private const string EnWord = "(?!(?:the|a|an|on|in|of|to|for|my|your|more|and|by|at|from|with|it|is|are|was|be|up|down|along|near|off)\\b)[A-Za-z][A-Za-z'’-]*";
    private static readonly Regex EnAddress = new(
        "(?:\\b(?:flat|apt|apartment|unit|suite|room)\\.?\\s*[0-9]{1,4}[A-Za-z]?\\s*,?\\s*)?"
        + $"\\b[0-9]{{1,5}}[A-Za-z]?(?:\\s*[-–]\\s*[0-9]{{1,5}})?\\s*,?\\s+(?:{EnWord}\\s+){{1,4}}?"
        // Words that are also ordinary nouns ("12 rose peg place settings", "circus parade tissues") count only where
        // the address ends (punctuation or the end of the text); the unambiguous ones may be followed by a town.
        + "(?:(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|crescent|mews|highway|hwy)\\b"
        + "|(?:way|close|court|ct|place|pl|terrace|gardens|square|sq|parade|grove|row)\\b(?![ \\t]*[A-Za-z0-9]))\\.?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternBudget.Timeout);

    /// <summary>
    /// The text with ID-card numbers, full mobile numbers and street addresses masked: phones keep their first three and
    /// last four digits (138****5678, what an agent checks against the order), ID cards their last four, addresses
    /// become <see cref="AddressMark"/>. If a pattern runs out of time, every digit is masked instead (fail closed).
    /// </summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        try
        {
            // ID cards first: an 18-digit number contains 11 digits that could pass for a phone were it cut differently.
            var masked = IdCard.Replace(text, m => new string('*', m.Length - 4) + m.Value[^4..]);
            masked = PhoneNumbers.Pattern.Replace(masked, m =>
            {
                var digits = new string(m.Value.Where(char.IsDigit).ToArray())[^11..];
                return digits[..3] + "****" + digits[^4..];
            });
            masked = ZhAddress.Replace(masked, AddressMark);
            return EnAddress.Replace(masked, AddressMark);
        }
        catch (RegexMatchTimeoutException)
        {
            return AllDigitsMasked(text);
        }
    }

    /// <summary>Whether the text holds any of the three kinds (so a caller can flag the message without masking it).</summary>
    public static bool Contains(string text) => !string.IsNullOrEmpty(text) && Mask(text) != text;

    internal static string AllDigitsMasked(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text) result.Append(char.IsDigit(c) ? '*' : c);
        return result.ToString();
    }
}
