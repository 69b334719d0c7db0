using System.Text;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Web.Staff;

/// <summary>
/// Shopper-written text on its way to staff (console, dashboard, CSV): personal data masked, and the characters that
/// can make it read differently from what was sent — bidi embeddings, overrides and isolates (U+202A–202E,
/// U+2066–2069), direction marks (U+200E/F, U+061C) and C0/C1 controls other than line feed and tab — replaced by
/// U+FFFD, so an agent sees that something was there instead of text reordered by it.
/// </summary>
public static class StaffText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text) => Neutralise(PersonalData.Mask(text));

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>Only the character neutralisation, for text that is not the shopper's prose (ids, names).</summary>
    public static string Neutralise(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A Windows line ending is a line ending, not a control to flag.
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            clean.Append(IsUnsafe(c) ? Replacement : c);
        }
        return clean.ToString();
    }

    public static bool IsUnsafe(char c) => c switch
    {
        '\n' or '\t' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
