using ShopAssistant.Domain;

namespace ShopAssistant.Understanding.Language;

/// <summary>
/// zh or en by script. Any Chinese word makes a message Chinese: shoppers who mix in English
/// ("这个candle holder多大") still read Chinese best. A message with no letters at all (emoji, digits,
/// punctuation) keeps the conversation's language.
/// </summary>
public static class LanguageDetector
{
    public static ShopLanguage Detect(string? text, ShopLanguage fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        var latin = 0;
        foreach (var c in text)
        {
            if (ShopperText.IsHan(c)) return ShopLanguage.Zh;
            if (ShopperText.IsLatinLetter(c) || c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A') latin++;
        }
        return latin > 0 ? ShopLanguage.En : fallback;
    }
}
