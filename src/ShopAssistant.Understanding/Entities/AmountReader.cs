using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// RMB amounts: ¥50, 50元, 50块(钱), RMB 50, 50 yuan, 五十块. Only RMB: "200 quid" or "$20" is not the shop's
/// currency and is not read. A number with no currency (满99包邮) is not an amount either, except a price of a hundred or
/// more said before the item it buys ("三百八的台灯").
/// </summary>
internal static class AmountReader
{
    // "¥3,500" is three thousand five hundred, not three.
    private const string Number = "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]{1,2})?";

    private static readonly Regex Amount = EntityText.Pattern(
        $"(?:¥|rmb|cny)\\s*(?<n>{Number})(?![0-9])" +
        $"|(?<![0-9.])(?<n>{Number})\\s*(?:元|块钱|块|rmb|cny|yuan|kuai)(?![a-z])" +
        $"|(?<z>[{ChineseNumerals.Characters}]+)(?:元|块钱|块)" +
        // "三百八的台灯", "480的花瓶": a price said before the item it buys (hundreds or more, checked below, so that "两个的" or
        // "7天的" stay out). Each alternative starts only where its run of digits starts and is bounded, so it stays linear.
        $"|(?<![0-9.满减过超])(?<n>[1-9][0-9]{{2,4}})的(?=[\\p{{IsCJKUnifiedIdeographs}}])(?![券单号天期个件话订])" +
        $"|(?<![满减过超{ChineseNumerals.Characters}])(?<z>[{ChineseNumerals.Characters}]{{2,8}})的(?=[\\p{{IsCJKUnifiedIdeographs}}])(?![券单号天期个件话订])" +
        // "我第一单一百三十八", "一共两百五": a sum right after the word for an order's total; "三百多买的香薰机": a price before how it was bought.
        $"|(?<=(?:单|金额|总价|合计|一共|总共|花了|付了|实付|凑到|凑够)(?:是|才|就|有|大概|差不多)?)(?<bare>)(?<z>[{ChineseNumerals.Characters}]{{2,8}})(?![{ChineseNumerals.Characters}个件天期号次单周月年岁])" +
        $"|(?<=(?:单|金额|总价|合计|一共|总共|花了|付了|实付|凑到|凑够)(?:是|才|就|有|大概|差不多)?)(?<bare>)(?<n>[1-9][0-9]{{1,3}})(?![0-9.个件天期号次单周月年岁])" +
        $"|(?<![{ChineseNumerals.Characters}])(?<bare>)(?<z>[{ChineseNumerals.Characters}]{{2,8}})多?(?=(?:买|拍|入手)的)");

    public static IReadOnlyList<decimal> Read(EntityText text)
    {
        var amounts = new List<decimal>();
        text.Claim(Amount, m =>
        {
            decimal? value = m.Groups["n"].Success
                ? decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null
                : ChineseNumerals.Parse(m.Groups["z"].Value);
            if (value is not { } amount || amount <= 0 || (m.Value.EndsWith('的') && amount < 100) || (m.Groups["bare"].Success && amount < 10)) return false;
            if (!amounts.Contains(amount)) amounts.Add(amount);
            return true;
        });
        return amounts;
    }
}
