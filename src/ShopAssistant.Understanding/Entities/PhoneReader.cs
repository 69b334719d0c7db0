using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Handbook O3: an order number plus the phone's last four digits identify a shopper. Reads 尾号1234,
/// 手机后四位是 1234, "last 4 digits 1234", "phone ending in 1234", "phone ends 1234"; and notices (only) a full mobile number.
/// </summary>
internal static class PhoneReader
{
    private static readonly Regex Last4 = EntityText.Pattern(
        "(?:尾号|后四位|后4位|末四位|末4位|最后四位|最后4位|尾数)[^0-9]{0,6}?(?<d>[0-9]{4})(?![0-9])" +
        "|last\\s*(?:4|four)\\b[^0-9]{0,40}?(?<d>[0-9]{4})(?![0-9])" +
        "|\\bend(?:s|ing)?\\s*(?:in|with)?\\s*[:：]?\\s*(?<d>[0-9]{4})(?![0-9])");

    public static (bool FullPhone, string? Last4) Read(EntityText text)
    {
        var full = false;
        text.Claim(PhoneNumbers.Pattern, _ => full = true);
        string? last4 = null;
        text.Claim(Last4, m =>
        {
            last4 ??= m.Groups["d"].Value;
            return true;
        });
        return (full, last4);
    }
}
