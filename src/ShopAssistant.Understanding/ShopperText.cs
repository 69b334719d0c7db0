using System.Globalization;
using System.Text;

namespace ShopAssistant.Understanding;

/// <summary>
/// One normal form for everything that reads a message: NFKC (full-width ５３６３６５ and ￥ become 536365 and ¥),
/// lower case, control and format characters as spaces, and a length cap so that one pasted essay costs no more
/// than a long message.
/// </summary>
internal static class ShopperText
{
    /// <summary>Shoppers' messages are short; anything past this is not read.</summary>
    public const int MaxLength = 2000;

    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var capped = text.Length > MaxLength ? text[..MaxLength] : text;
        string folded;
        try
        {
            folded = capped.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; drop them rather than fail the message.
            folded = new string(capped.Where(c => !char.IsSurrogate(c)).ToArray()).Normalize(NormalizationForm.FormKC);
        }
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            builder.Append(category is UnicodeCategory.Control or UnicodeCategory.Format ? ' ' : char.ToLowerInvariant(c));
        }
        return builder.ToString().Trim();
    }

    /// <summary>Chinese characters (CJK unified ideographs and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool ContainsHan(string text) => text.Any(IsHan);
}
