using System.Globalization;
using System.Text.RegularExpressions;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Understanding.Slots;

/// <summary>
/// Days since something when the shopper names both ends instead of a duration: "签收是上周五，今天周二" (4),
/// "received it on tuesday, today is thursday" (2), "3号到的今天12号" (9), "got it on the 28th, today's the 5th" (about 7),
/// "11月3日签收，今天11月20日" (17), or as a span: "从3号到7号" (4), "between monday and thursday" (3), "from 20 Nov to 25 Nov" (5),
/// "last scan was on saturday and it's wednesday" (4). Only the two ends the shopper states count: the real date is never consulted, so
/// "today is Tuesday" said on a Friday still means Tuesday.
/// </summary>
internal static partial class DaysBetween
{
    public static int? Read(string text) => Weekdays(text) ?? MonthDays(text);

    private static int? Weekdays(string text)
    {
        if (LaterEnd(text, TodayWeekday(), AnyWeekday()) is not { } today || Weekday(today.Groups["w"].Value) is not { } t) return null;
        foreach (Match m in AnyWeekday().Matches(text))
        {
            if (Overlaps(m, today) || Weekday(m.Groups["w"].Value) is not { } e) continue;
            var last = m.Groups["last"].Value;
            // 上周五 is in the week before this one (weeks start on Monday); "last Friday" is the nearest Friday before today.
            if (last.StartsWith('上')) return 7 + t - e;
            var days = (t - e + 7) % 7;
            return days == 0 && last.Length > 0 ? 7 : days;
        }
        return null;
    }

    private static int? MonthDays(string text)
    {
        if (LaterEnd(text, TodayDate(), AnyDate()) is not { } today || Day(today.Groups["d"].Value) is not { } td) return null;
        var tm = Month(today);
        foreach (Match m in AnyDate().Matches(text))
        {
            if (Overlaps(m, today) || Day(m.Groups["d"].Value) is not { } ed) continue;
            var em = Month(m);
            int days;
            if (em is { } a && tm is { } b)
            {
                // No year is said: a later month than today's is last year's. A fixed common year keeps the arithmetic plain.
                var end = new DateOnly(2025, b, Math.Min(td, DateTime.DaysInMonth(2025, b)));
                var start = new DateOnly(a > b || (a == b && ed > td) ? 2024 : 2025, a, Math.Min(ed, DateTime.DaysInMonth(2025, a)));
                days = end.DayNumber - start.DayNumber;
            }
            else days = ed <= td ? td - ed : td + 30 - ed; // the 28th before the 5th is last month's, a month read as 30 days
            return days is >= 0 and <= 400 ? days : null;
        }
        return null;
    }

    /// <summary>The end the days are counted to: the day called today, or the second day of a span ("3号到7号", "from the 3rd to the 7th").</summary>
    private static Match? LaterEnd(string text, Regex today, Regex any)
    {
        var said = today.Match(text);
        if (said.Success) return said;
        var days = any.Matches(text);
        for (var i = 0; i + 1 < days.Count; i++)
        {
            var from = days[i].Index + days[i].Length;
            if (days[i + 1].Index >= from && SpanJoin().IsMatch(text[from..days[i + 1].Index])) return days[i + 1];
        }
        return null;
    }

    private static bool Overlaps(Match a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    /// <summary>Monday 1 … Sunday 7.</summary>
    private static int? Weekday(string w) => w switch
    {
        "一" or "1" or "monday" => 1,
        "二" or "2" or "tuesday" or "tues" => 2,
        "三" or "3" or "wednesday" or "weds" => 3,
        "四" or "4" or "thursday" or "thurs" => 4,
        "五" or "5" or "friday" => 5,
        "六" or "6" or "saturday" => 6,
        "日" or "天" or "7" or "sunday" => 7,
        _ => null,
    };

    private static int? Month(Match m) => m.Groups["m"].Success && int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n
        : m.Groups["mn"].Success ? DateReader.MonthOf(m.Groups["mn"].Value)
        : null;

    private static int? Day(string d)
    {
        var n = int.TryParse(d, CultureInfo.InvariantCulture, out var x) ? x : (int?)ChineseNumerals.Parse(d);
        return n is >= 1 and <= 31 ? n : null;
    }

    private const string ZhWeekday = "(?:周|星期|礼拜)(?<w>[一二三四五六日天1-7])";
    private const string EnWeekday = "(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs)(?![a-z])";
    private const string EnMonth = DateReader.MonthName + "(?![a-z])";

    [GeneratedRegex(@"^\s*(?:到|至|-|~|–|—|and|to|till|until)\s*(?:the\s+)?$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SpanJoin();

    [GeneratedRegex($"(?:今天|今儿|今日|现在)(?:已经|都|就)?(?:是)?\\s*{ZhWeekday}|(?<![a-z])(?:today|now)\\s*(?:is|'s|it'?s)?\\s*(?:a\\s+)?{EnWeekday}|(?<![a-z])(?:it'?s|its)\\s+(?:only\\s+)?{EnWeekday}\\s*(?:today|now)|(?<![a-z])(?:it'?s|its)\\s+now\\s+{EnWeekday}|(?<![a-z])(?:and|but|now)\\s+(?:it'?s|its)\\s+(?:already\\s+)?{EnWeekday}", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TodayWeekday();

    [GeneratedRegex($"(?<last>上个?|上一个?)?{ZhWeekday}|(?<![a-z])(?<last>last\\s+|this past\\s+)?{EnWeekday}", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AnyWeekday();

    [GeneratedRegex($"(?:今天|今儿|今日|现在)(?:已经|都|就)?(?:是)?\\s*(?:(?<m>[0-9]{{1,2}})\\s*月\\s*)?(?<d>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\\s*[号日]|(?<![a-z])today\\s*(?:is|'s)?\\s*(?:the\\s+)?(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)(?:\\s+of\\s+{EnMonth})?|(?<![a-z])today\\s*(?:is|'s)?\\s*{EnMonth}\\s*(?<d>[0-9]{{1,2}})(?![0-9])|(?<![a-z])(?:it'?s|its)\\s+(?:now\\s+)?(?:the\\s+)?(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)\\s*(?:today|now)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TodayDate();

    [GeneratedRegex($"(?<![0-9])(?:(?<m>[0-9]{{1,2}})\\s*月\\s*)?(?<d>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\\s*[号日](?![0-9])|(?<![0-9a-z])(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)(?:\\s+of\\s+{EnMonth})?|(?<![a-z]){EnMonth}\\s*(?<d>[0-9]{{1,2}})(?![0-9])|(?<![0-9a-z])(?<d>[0-9]{{1,2}})\\s+{EnMonth}", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AnyDate();
}
