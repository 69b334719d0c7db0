using System.Globalization;
using ShopAssistant.Domain;

namespace ShopAssistant.Quality;

/// <summary>
/// A half-open span of time [From, To) that a report covers. Managers think in Beijing days, so "2026-11-20" to
/// "2026-11-26" means from 20 Nov 00:00 to 27 Nov 00:00 Beijing time; ISO timestamps are taken as given.
/// </summary>
public sealed record DateRange(DateTimeOffset From, DateTimeOffset To)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 7;

    public TimeSpan Length => To - From;

    public bool Contains(DateTimeOffset at) => at >= From && at < To;

    /// <summary>The Beijing days the range touches, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        var last = BeijingTime.DayOf(To.AddTicks(-1));
        for (var day = BeijingTime.DayOf(From); day <= last; day = day.AddDays(1)) yield return day;
    }

    /// <summary>The last seven Beijing days, today included.</summary>
    public static DateRange LastDays(DateTimeOffset now, int days = DefaultDays)
    {
        var today = BeijingTime.DayOf(now);
        return new DateRange(BeijingTime.StartOf(today.AddDays(1 - days)), BeijingTime.StartOf(today.AddDays(1)));
    }

    /// <summary>Reads ?from=&amp;to= or ?week=yyyy-Www; the error says what is wrong in both languages.</summary>
    public static bool TryParse(string? from, string? to, string? week, DateTimeOffset now, out DateRange range, out string error)
    {
        range = LastDays(now);
        error = "";
        if (!string.IsNullOrWhiteSpace(week))
        {
            if (!TryParseWeek(week.Trim(), out range))
                return Fail(out error, $"'week' must look like 2026-W48 (ISO week), not '{week}'. week 参数格式应为 2026-W48。");
            return true;
        }
        DateTimeOffset start, end;
        if (string.IsNullOrWhiteSpace(from)) start = string.IsNullOrWhiteSpace(to) ? range.From : DateTimeOffset.MinValue;
        else if (!TryParseBound(from, isEnd: false, out start))
            return Fail(out error, $"'from' must be a date (yyyy-MM-dd, Beijing time) or an ISO timestamp, not '{from}'. from 参数格式应为 yyyy-MM-dd。");
        if (string.IsNullOrWhiteSpace(to)) end = string.IsNullOrWhiteSpace(from) ? range.To : range.To > start ? range.To : start.AddDays(DefaultDays);
        else if (!TryParseBound(to, isEnd: true, out end))
            return Fail(out error, $"'to' must be a date (yyyy-MM-dd, Beijing time) or an ISO timestamp, not '{to}'. to 参数格式应为 yyyy-MM-dd。");
        if (start == DateTimeOffset.MinValue) start = end.AddDays(-DefaultDays);
        if (start > end) return Fail(out error, "'from' is after 'to'. 开始日期晚于结束日期。");
        if (end - start > TimeSpan.FromDays(MaxDays)) return Fail(out error, $"The range is longer than {MaxDays} days. 时间范围不能超过 {MaxDays} 天。");
        range = new DateRange(start, end);
        return true;
    }

    private static bool TryParseBound(string text, bool isEnd, out DateTimeOffset at)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // Dates are inclusive Beijing days: the end of "to" is the next midnight.
            at = BeijingTime.StartOf(isEnd ? day.AddDays(1) : day);
            return true;
        }
        // A timestamp without an offset is read as Beijing time, the shop's clock.
        if (text.Length >= 16 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            if (!HasOffset(text)) at = new DateTimeOffset(at.DateTime, BeijingTime.Offset);
            return true;
        }
        at = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;

    /// <summary>ISO 8601 week: Monday to Sunday, week 1 holds the year's first Thursday.</summary>
    private static bool TryParseWeek(string text, out DateRange range)
    {
        range = null!;
        var parts = text.Split("-W", StringSplitOptions.None);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year is < 2000 or > 2100 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
            return false;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        range = new DateRange(BeijingTime.StartOf(monday), BeijingTime.StartOf(monday.AddDays(7)));
        return true;
    }

    private static bool Fail(out string error, string message)
    {
        error = message;
        return false;
    }
}
