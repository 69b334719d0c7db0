using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Dates the shopper names, on the shop's calendar (Beijing time): 今天/明天/昨天/前天/后天, today/tomorrow/yesterday,
/// N天前 / N days ago, 12月20日, 2024-12-20, 2024年12月20日, Dec 20, 20 December. A day and month without a year
/// is the latest such day not more than two months ahead (shoppers mostly talk about recent orders).
/// </summary>
internal static class DateReader
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>An English month name or abbreviation, captured as "mn" (read back with <see cref="MonthOf"/>).</summary>
    internal const string MonthName = "(?<mn>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static readonly Regex Absolute = EntityText.Pattern(
        "(?<![0-9])(?<y>20[0-9]{2})\\s*[-/.年]\\s*(?<m>[0-9]{1,2})\\s*[-/.月]\\s*(?<d>[0-9]{1,2})(?![0-9])\\s*[日号]?" +
        "|(?<![0-9])(?<m>[0-9]{1,2})\\s*月\\s*(?<d>[0-9]{1,2})\\s*[日号]?" +
        $"|(?<![a-z]){MonthName}\\s*(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9])" +
        $"|(?<![0-9])(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\\s*(?:of\\s*)?{MonthName}(?![a-z])");

    private static readonly Regex Relative = EntityText.Pattern(
        "大前天|前天|昨天|昨日|今天|今日|明天|明日|后天" +
        "|(?<![a-z])(?:day before yesterday|day after tomorrow|yesterday|today|tonight|tomorrow)(?![a-z])" +
        $"|(?<n>[0-9]{{1,2}}|[{ChineseNumerals.Characters}]{{1,3}})\\s*天(?:以)?前" +
        "|(?<![0-9])(?<n>[0-9]{1,2})\\s*days?\\s*ago");

    public static IReadOnlyList<DateOnly> Read(EntityText text, DateOnly today)
    {
        var dates = new List<DateOnly>();
        void Add(DateOnly date)
        {
            if (!dates.Contains(date)) dates.Add(date);
        }

        text.Claim(Absolute, m =>
        {
            var month = m.Groups["mn"].Success ? MonthOf(m.Groups["mn"].Value) : Int(m.Groups["m"].Value);
            var day = Int(m.Groups["d"].Value);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month)) return false;
            if (m.Groups["y"].Success)
            {
                var year = Int(m.Groups["y"].Value);
                if (day > DateTime.DaysInMonth(year, month)) return false;
                Add(new DateOnly(year, month, day));
                return true;
            }
            Add(WithoutYear(month, day, today));
            return true;
        });

        text.Claim(Relative, m =>
        {
            int offset;
            if (m.Groups["n"].Success)
            {
                var n = char.IsAsciiDigit(m.Groups["n"].Value[0]) ? Int(m.Groups["n"].Value) : ChineseNumerals.Parse(m.Groups["n"].Value) ?? 0;
                if (n is <= 0 or > 366) return false;
                offset = -n;
            }
            else
            {
                offset = m.Value switch
                {
                    "大前天" => -3,
                    "前天" or "day before yesterday" => -2,
                    "昨天" or "昨日" or "yesterday" => -1,
                    "明天" or "明日" or "tomorrow" => 1,
                    "后天" or "day after tomorrow" => 2,
                    _ => 0,
                };
            }
            Add(today.AddDays(offset));
            return true;
        });
        return dates;
    }

    /// <summary>1–12 for a name <see cref="MonthName"/> matched ("nov", "November").</summary>
    internal static int MonthOf(string name) => Array.IndexOf(Months, name[..3]) + 1;

    private static DateOnly WithoutYear(int month, int day, DateOnly today)
    {
        var latest = today.AddMonths(2);
        for (var year = today.Year + 1; ; year--)
        {
            var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            if (date <= latest) return date;
        }
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
