using System.Globalization;
using System.Text.RegularExpressions;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Understanding.Slots;

/// <summary>
/// Reads the non-place slots from a message in normal form: a time of day (下午两点, 3:30pm, 14:00), "now", days since
/// something happened (10天前, 收到8天了, 两个月前, last week, 3 weeks ago), a payment method, an item kind that R2
/// excludes, a bare number (the basket in "订单80包邮吗"), and whether a yearly spend is meant.
/// </summary>
internal static partial class SituationReader
{
    public static ShopperSlots Read(string normalText, Destination? place) => new(
        place, ClockTime(normalText), Now().IsMatch(normalText), DaysAgo(normalText), Method(normalText), Kind(normalText),
        BareNumber(normalText), YearlySpend().IsMatch(normalText), NotDispatched().IsMatch(normalText));

    private static TimeOnly? ClockTime(string text)
    {
        if (SpokenClock(text) is { } spoken) return spoken;
        // "11:30pm" is read by the English pattern with its pm; the Chinese one would take "11:30" and lose it.
        var en = Safe(EnClock(), text);
        var m = en is { Groups: var g } && g["ap"].Success ? en : Safe(ZhClock(), text) ?? en;
        if (m is null) return null;
        var hour = Number(m.Groups["h"].Value);
        if (hour is null or > 24) return null;
        var minutes = m.Groups["m"].Value switch { "半" => 30, "一刻" => 15, "三刻" => 45, "" => 0, var mm => Number(mm) ?? 0 };
        if (minutes > 59) return null;
        var h = hour.Value;
        var period = m.Groups["ap"].Value;
        // 夜里/半夜两点 is 2 a.m., 夜里十一点 is 23:00.
        if (period is "夜里" or "半夜" or "深夜" or "午夜" && h is >= 1 and <= 5) { }
        else if (period is "下午" or "傍晚" or "晚上" or "夜里" or "半夜" or "深夜" or "pm" or "p.m." && h < 12) h += 12;
        else if (period == "中午" && h <= 2) h += 12;
        else if (period is "am" or "a.m." && h == 12) h = 0;
        // Without a period, 1–7 o'clock is the afternoon: nobody asks whether an order paid at 3 a.m. ships today.
        else if (period.Length == 0 && h is >= 1 and <= 7) h += 12;
        return new TimeOnly((int)h % 24, (int)minutes);
    }

    /// <summary>
    /// British spoken times: "half 2 this afternoon", "half past five", "quarter to 4", "ten to six this evening", "3 o'clock".
    /// Without a period, 1–7 o'clock is the afternoon, as for digits.
    /// </summary>
    private static TimeOnly? SpokenClock(string text)
    {
        if (Safe(EnSpokenClock(), text) is not { } m) return null;
        var hour = EnglishNumber(m.Groups["h"].Value);
        if (hour is null or < 1 or > 12) return null;
        var minutes = m.Groups["half"].Success ? 30 : m.Groups["quarter"].Success ? 15 : m.Groups["mins"].Success ? EnglishNumber(m.Groups["mins"].Value) ?? 0 : 0;
        if (minutes is < 0 or > 59) return null;
        var total = (int)hour.Value * 60 + (m.Groups["to"].Success ? -(int)minutes : (int)minutes);
        var period = m.Groups["ap"].Value;
        var afternoon = period is "pm" or "p.m." or "this afternoon" or "this evening" or "tonight" or "in the afternoon" or "in the evening";
        var morning = period is "am" or "a.m." or "this morning" or "in the morning";
        if (afternoon && hour < 12 || period.Length == 0 && hour is >= 1 and <= 7) total += 12 * 60;
        if (morning && hour == 12) total -= 12 * 60;
        total = ((total % 1440) + 1440) % 1440;
        return new TimeOnly(total / 60, total % 60);
    }

    private const string EnHour = @"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<half>half(?: past)?)|(?<quarter>quarter) (?:(?<past>past)|(?<to>to))|(?<mins>5|10|20|25|five|ten|twenty|twenty-five)(?: minutes)? (?:(?<past>past)|(?<to>to)))\s+(?<h>" + EnHour + @")(?![a-z0-9:])(?:\s*(?<ap>am|pm|a\.m\.|p\.m\.|this afternoon|this evening|this morning|tonight|in the afternoon|in the evening|in the morning))?" +
        @"|(?<![a-z0-9:])(?<h>" + EnHour + @")\s*o'?clock(?:\s*(?<ap>am|pm|this afternoon|this evening|this morning|tonight|in the afternoon|in the evening|in the morning))?", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EnSpokenClock();

    private static int? DaysAgo(string text)
    {
        if (Between(text) is { } between) return between;
        if (Safe(ZhAgo(), text) is { } zh)
        {
            var n = zh.Groups["n"].Value == "半" ? 0.5 : Number(zh.Groups["n"].Value);
            if (n is null) return null;
            // "10多天了" is more than ten days: one more is the least it can be.
            // "一个多月了" is more than a month: past a 30-day window.
            var over = (zh.Groups["more"].Value == "多" && UnitDays(zh.Groups["u"].Value) == 1) || zh.Groups["u"].Value == "个多月";
            return (int)Math.Round(n.Value * UnitDays(zh.Groups["u"].Value)) + (over ? 1 : 0);
        }
        if (Safe(ZhNthDay(), text) is { } nth) return (int?)Number(nth.Groups["n"].Value);
        if ((Safe(EnSince(), text) ?? Safe(EnAgo(), text)) is { } en)
        {
            var n = EnglishNumber(en.Groups["n"].Value);
            var more = en.Groups["over"].Success ? 1 : 0;
            return n is null ? null : (int)Math.Round(n.Value * UnitDays(en.Groups["u"].Value)) + more;
        }
        if (Safe(LastPeriod(), text) is { } last) return last.Groups["u"].Value is "周" or "星期" or "礼拜" or "week" ? 7 : 30;
        if (Safe(DayWords(), text) is { } day)
            return day.Value switch { "昨天" or "yesterday" => 1, "前天" => 2, "大前天" => 3, _ => 0 };
        return null;
    }

    private static int? Between(string text)
    {
        try
        {
            return DaysBetween.Read(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static double UnitDays(string unit) => unit switch
    {
        "周" or "星期" or "礼拜" or "week" or "weeks" => 7,
        "个月" or "个多月" or "月" or "month" or "months" => 30,
        _ => 1,
    };

    private static PaymentMethod? Method(string text) =>
        Huabei().IsMatch(text) ? PaymentMethod.Huabei
        : BankCard().IsMatch(text) ? PaymentMethod.BankCard
        : Alipay().IsMatch(text) ? PaymentMethod.Alipay
        : null;

    private static ItemKind? Kind(string text) =>
        Personalised().IsMatch(text) ? ItemKind.Personalised
        : Clearance().IsMatch(text) ? ItemKind.Clearance
        : Food().IsMatch(text) && Opened().IsMatch(text) ? ItemKind.OpenedFood
        : null;

    /// <summary>A number with no unit that is not an order number, a time, a count of days or a phone suffix.</summary>
    private static decimal? BareNumber(string text)
    {
        if (Safe(Bare(), text) is { } m && decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d > 0)
            return d;
        // "订单二百八": Chinese numerals count as an amount only right after words about a basket or a spend.
        return Safe(ZhBare(), text) is { } z && ChineseNumerals.Parse(z.Groups["z"].Value) is { } n ? n : null;
    }

    private static Match? Safe(Regex pattern, string text)
    {
        try
        {
            var m = pattern.Match(text);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumerals.Parse(text);

    private static double? EnglishNumber(string text) => text switch
    {
        "a" or "an" or "one" => 1, "a couple of" or "couple of" or "two" => 2, "a few" or "few" or "three" => 3, "four" => 4, "five" => 5,
        "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
        "twenty-five" => 25, "thirty" => 30, _ => double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private const string ZhNumber = "[0-9]{1,3}|[零一二两三四五六七八九十]{1,3}";

    [GeneratedRegex(@"(?<ap>上午|早上|早晨|中午|下午|傍晚|晚上|夜里|半夜|深夜|午夜|凌晨)?\s*(?<h>[0-9]{1,2}|[零一二两三四五六七八九十]{1,3})\s*(?:点钟|点|:)\s*(?<m>半|一刻|三刻|[0-9]{1,2}(?![0-9]))?", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ZhClock();

    [GeneratedRegex(@"(?<![0-9:])(?<h>[0-9]{1,2})(?::(?<m>[0-9]{2}))?\s*(?<ap>am|pm|a\.m\.|p\.m\.)(?![a-z])|(?<![0-9:])(?<h>[0-9]{1,2}):(?<m>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EnClock();

    /// <summary>"还没发货", "cancelled before dispatch", "hasn't shipped yet": the order has not left the warehouse (R6, O1).</summary>
    [GeneratedRegex(@"未发货|没发货|还没发|没有发货|发货前|仅退款|not (yet )?(been )?(shipped|dispatched|sent)|before (it )?(ship(s|ped)?|dispatch(ed)?|was (shipped|sent|dispatched))|(hasn'?t|has not|haven'?t|was never|never) (been )?(shipped|dispatched|sent)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NotDispatched();

    [GeneratedRegex(@"现在|刚刚|刚才|马上付|立刻付|\bright now\b|\bjust now\b|\bnow\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Now();

    [GeneratedRegex(@"(?<n>[0-9]{1,3}|[零一二两三四五六七八九十]{1,3}|半)\s*(?<more>多|来)?\s*(?<u>天|日|周|星期|礼拜|个多月|个月|月)(?:多)?\s*(?:前|了|之前|以前|多了)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ZhAgo();

    /// <summary>"收到第9天", "今天第十天了": the day count itself.</summary>
    [GeneratedRegex(@"第\s*(?<n>[0-9]{1,3}|[零一二两三四五六七八九十]{1,3})\s*天", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ZhNthDay();

    /// <summary>"it's been 5 days", "been over a week", "after 10 days": a duration with no "ago" after it.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:it'?s been|its been|been|after)\s+(?:(?<over>over|more than)\s+|about\s+|almost\s+|nearly\s+|like\s+)?(?<n>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|(?:a )?couple of|(?:a )?few)\s*(?<u>days?|weeks?|months?)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EnSince();

    [GeneratedRegex(@"(?<![a-z0-9])(?<n>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|(?:a )?couple of|(?:a )?few)\s*(?<u>days?|weeks?|months?)\s*(?:ago|back|now|already|since)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EnAgo();

    [GeneratedRegex(@"上个?(?<u>周|星期|礼拜|月)|(?<![a-z])(?:last|past) (?<u>week|month)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex LastPeriod();

    [GeneratedRegex(@"大前天|前天|昨天|(?<![a-z])yesterday(?![a-z])|今天(?=.{0,4}(收到|签收|到的|到货|买的))", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DayWords();

    [GeneratedRegex(@"花呗|huabei|hua bei|instal+ments?", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Huabei();

    [GeneratedRegex(@"银行卡|信用卡|储蓄卡|借记卡|招行|工行|建行|(?<![a-z])(?:bank card|credit card|debit card|card|visa|mastercard)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BankCard();

    [GeneratedRegex(@"支付宝|余额|(?<![a-z])(?:alipay|ali pay)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Alipay();

    [GeneratedRegex(@"刻字|刻名|刻了|定制|个性化|印名字|印字|(?<![a-z])(?:personali[sz]ed|engraved|engraving|custom(?:ised|ized)?|monogrammed)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Personalised();

    [GeneratedRegex(@"清仓|(?<![a-z])(?:clearance|final sale)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Clearance();

    [GeneratedRegex(@"食品|零食|吃的|巧克力|糖果|饼干|茶叶|(?<![a-z])(?:food|chocolates?|sweets|biscuits|candy|tea)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Food();

    [GeneratedRegex(@"拆|开封|打开|开了|吃了|尝了|(?<![a-z])(?:opened|open|eaten|tasted)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Opened();

    [GeneratedRegex(@"(?<![0-9.:])(?<n>[0-9]{2,5}(?:\.[0-9]{1,2})?)(?![0-9.:%])(?!\s*(?:小时|天|日|周|个月|月|年|点|号|件|个|位|期|分|:|hours?|days?|weeks?|months?|years?|pm|am|items?|pieces?|pcs|%))", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?:订单|买了|花了|消费了?|购物车|一共|总共|付了|凑了|金额)\s*(?<z>[零一二两三四五六七八九十百千万]{2,6})(?![天周月点号个件期])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ZhBare();

    [GeneratedRegex(@"一年|今年|这一年|12个月|十二个月|一年内|年消费|累计|消费了|(?<![a-z])(?:this year|past year|last year|last 12 months|in a year|a year|yearly|annual|spent)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex YearlySpend();
}
