using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// The shop's order numbers are the source invoice numbers: six digits (536365 … 581587). Read after phones, dates
/// and amounts have been claimed, so ¥536365 or 尾号1234 never become orders; longer digit runs (waybills,
/// phone numbers) are not orders either.
/// </summary>
internal static class OrderNumberReader
{
    private static readonly Regex OrderNumber = EntityText.Pattern(
        "(?:订单号?|单号|order\\s*(?:number|num|no\\.?)?|no\\.?|#)\\s*[:#]?\\s*(?<n>[0-9]{6})(?![0-9])" +
        "|(?<![0-9a-z])(?<n>[0-9]{6})(?![0-9a-z])");

    public static IReadOnlyList<int> Read(EntityText text)
    {
        var orders = new List<int>();
        text.Claim(OrderNumber, m =>
        {
            var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (number < 100000) return false;
            if (!orders.Contains(number)) orders.Add(number);
            return true;
        });
        return orders;
    }
}
