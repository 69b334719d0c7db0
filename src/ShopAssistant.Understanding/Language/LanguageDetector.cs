using ShopAssistant.Domain;

namespace ShopAssistant.Understanding.Language;

/// <summary>
/// zh or en by script. A Chinese word makes a message Chinese: shoppers who mix in English
/// ("这个candle holder多大") still read Chinese best, unless the message is English around a Chinese term
/// ("we need a 专票 for input tax deduction": two or more Chinese characters, and over three Latin letters for each).
/// A message with no letters at all (emoji, digits, punctuation) keeps the conversation's language.
/// </summary>
public static class LanguageDetector
{
    private const int EnglishAroundChinese = 3;

    public static ShopLanguage Detect(string? text, ShopLanguage fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        int latin = 0, han = 0;
        foreach (var c in text)
        {
            if (ShopperText.IsHan(c)) han++;
            else if (ShopperText.IsLatinLetter(c) || c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A') latin++;
        }
        // One Chinese character in English is a particle ("thanks 亲"): the shopper writes Chinese.
        if (han > 0) return han > 1 && latin > EnglishAroundChinese * han ? ShopLanguage.En : ShopLanguage.Zh;
        return latin > 0 ? ShopLanguage.En : fallback;
    }
}
