using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// The message being read, with every span an earlier reader claimed blanked out: once 尾号1234 is a phone suffix
/// and ¥536 an amount, neither can also be read as an order number or a stock code.
/// </summary>
internal sealed class EntityText(string normalText)
{
    private readonly char[] _chars = normalText.ToCharArray();

    public string Current => new(_chars);

    /// <summary>Runs the pattern over what is left; each match the reader accepts is claimed.</summary>
    public void Claim(Regex pattern, Func<Match, bool> accept)
    {
        MatchCollection matches;
        try
        {
            matches = pattern.Matches(Current);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }
        foreach (Match match in matches)
        {
            if (accept(match)) Array.Fill(_chars, ' ', match.Index, match.Length);
        }
    }

    /// <summary>
    /// Interpreted, not compiled: a compiled pattern costs code generation at start and a JIT of its matcher at its first
    /// match, which after a restart fell on the first shopper's turn (bench cold); a message is matched in microseconds either way.
    /// </summary>
    public static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, PatternBudget.Timeout);
}
