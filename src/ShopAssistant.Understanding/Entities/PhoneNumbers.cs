using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Mainland mobile numbers (1[3-9]x xxxx xxxx, optionally +86, spaces or dashes). A full number is personal data:
/// the bot flags it and masks it before anything is stored or echoed (138****5678).
/// </summary>
public static class PhoneNumbers
{
    // Interpreted, as PersonalData's patterns are (see there).
    private static readonly Regex FullMobile = new(
        "(?<![0-9０-９])(?:(?:\\+|＋)?(?:86|８６)[-\\s]?)?[1１][3-9３-９][0-9０-９](?:[-\\s]?[0-9０-９]{4}){2}(?![0-9０-９])",
        RegexOptions.CultureInvariant, PatternBudget.Timeout);

    internal static Regex Pattern => FullMobile;

    /// <summary>The text with every full mobile number masked to its first three and last four digits.</summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        try
        {
            return FullMobile.Replace(text, m =>
            {
                var digits = new string(m.Value.Where(char.IsDigit).ToArray());
                var local = digits[^11..];
                return local[..3] + "****" + local[^4..];
            });
        }
        catch (RegexMatchTimeoutException)
        {
            // Fail closed: a number we could not find must still not be stored or echoed.
            return string.Concat(text.Select(c => char.IsDigit(c) ? '*' : c));
        }
    }
}
