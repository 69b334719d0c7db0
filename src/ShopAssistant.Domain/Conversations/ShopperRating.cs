using System.Text.RegularExpressions;

namespace ShopAssistant.Domain.Conversations;

/// <summary>Handbook §8.5 / Q4: the 1–5 rating a shopper gives when asked, after a person or the bot closed the conversation.</summary>
public static partial class ShopperRating
{
    /// <summary>"5", "5星", "4 颗星", "3分", "4 stars": the stars, or null when the message is something else.</summary>
    public static int? Read(string? text) =>
        Stars().Match(text ?? "") is { Success: true } m ? m.Groups["n"].Value[0] - '0' : null;

    [GeneratedRegex(@"^\s*(?<n>[1-5])\s*(星|颗星|分|stars?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stars();
}
