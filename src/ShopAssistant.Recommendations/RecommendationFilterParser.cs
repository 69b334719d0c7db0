using System.Globalization;
using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations;

/// <summary>
/// Turns a shopper's request ("推荐圣诞礼物", "something for the kitchen under ¥50", "100元以内的杯子",
/// "cheap gifts below 30 rmb") into a shelf and a budget. Shelves come from the categories' names and aliases
/// (Chinese by substring, English by whole word; the longest match wins, so 包装纸 is gift wrap, not a bag);
/// budgets from a number (digits, Chinese numerals or English words: <see cref="SpokenAmounts"/>) with a direction
/// word, a currency, "about" / "左右" (a fifth either side) or a dash. "Cheap" / "便宜" without a number means the
/// cheapest quarter of the catalogue; "premium" / "高档" the dearest quarter. Null when the text names neither.
/// </summary>
public static partial class RecommendationFilterParser
{
    private const string Number = @"(\d+(?:\.\d+)?)";
    private const string Currency = @"(?:¥|￥|rmb|cny|yuan|kuai|quid|元|块钱|块)";

    public static RecommendationFilter? Parse(string? text, Catalogue catalogue)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.ToLowerInvariant();
        var category = FindCategory(lower, catalogue);
        var (min, max) = FindBudget(Digits(lower), priceIsAMost: true);
        if (min is null && max is null)
        {
            if (CheapWords().IsMatch(lower)) max = PriceQuantile(catalogue, 0.25);
            else if (PremiumWords().IsMatch(lower)) min = PriceQuantile(catalogue, 0.75);
        }
        if (min is { } lo && max is { } hi && lo > hi) (min, max) = (max, min);
        return category is null && min is null && max is null ? null : new RecommendationFilter(category, max, min);
    }

    /// <summary>
    /// A budget stated as one ("under 100", "两百左右", "between 200 and 400", "百来块", "¥250 max"), not a price met in passing
    /// ("a ¥150 order"), which <see cref="Parse"/> also reads as a most.
    /// </summary>
    public static bool StatesABudget(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        // "超过十五天了会怎样": a number of days, hours or a date is no amount.
        var lower = Duration().Replace(Digits(text.ToLowerInvariant()), " ");
        return FindBudget(lower, priceIsAMost: false) is not (null, null);
    }

    /// <summary>Amounts in digits: Chinese and English numerals, and 百 said alone ("百来块").</summary>
    public static string Digits(string lower) => SpokenAmounts.ToDigits(HundredAlone().Replace(lower, "100"));

    private static string? FindCategory(string lower, Catalogue catalogue)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var category in catalogue.Categories)
        {
            foreach (var word in category.Aliases.Append(category.NameZh).Append(category.NameEn))
            {
                var alias = word.ToLowerInvariant();
                if (alias.Length <= bestLength || !Mentions(lower, alias)) continue;
                best = category.Id;
                bestLength = alias.Length;
            }
        }
        return best;
    }

    private static bool Mentions(string lower, string alias) =>
        alias.Any(c => c > 0x2E80)
            ? lower.Contains(alias, StringComparison.Ordinal)
            // English: whole word, plural allowed ("mugs", "candles").
            : Regex.IsMatch(lower, $@"(?<![\p{{L}}]){Regex.Escape(alias)}(?:s|es)?(?![\p{{L}}])");

    /// <summary>The budget's bounds; <paramref name="priceIsAMost"/>: a bare price ("50元的杯子") counts as the most.</summary>
    private static (decimal? Min, decimal? Max) FindBudget(string lower, bool priceIsAMost)
    {
        if (Range().Match(lower) is { Success: true } range) return (Dec(range.Groups[1]), Dec(range.Groups[2]));
        // "budget 60 to 120", "spend between 50 and 80": words round a budget make its two numbers a range.
        if (BudgetRange().Match(lower) is { Success: true } budget) return (Dec(budget.Groups[1]), Dec(budget.Groups[2]));
        // "budget 200-300": a range after the budget word, before "budget 200" is read as a most.
        if (BareRange().Match(lower) is { Success: true } span) return (Dec(span.Groups[1]), Dec(span.Groups[2]));
        // "两百多" is 200 to 300, "二十多块" (or "二十几块") 20 to 30, "一百五十多" 150 to 160: up to the next step of its last figure.
        if (AndSome().Match(lower) is { Success: true } some)
        {
            var from = Dec(some.Groups[1]);
            var step = 1m;
            while (from % (step * 10) == 0 && step < 10000) step *= 10;
            return (from, from + step);
        }
        // "一百出头": a little over a hundred, up to a fifth more.
        if (JustOver().Match(lower) is { Success: true } over)
        {
            var from = Dec(over.Groups[1]);
            return (from, Math.Round(from * 1.2m));
        }
        // "about ¥200", "两百左右": a fifth either side.
        if (About().Match(lower) is { Success: true } about)
        {
            var around = Dec(about.Groups[1].Success ? about.Groups[1] : about.Groups[2]);
            return (Math.Round(around * 0.8m), Math.Round(around * 1.2m));
        }
        // "single digits each", "max 2 digits", "个位数": as many figures as the price may have.
        if (FiguresCap().Match(lower) is { Success: true } figures)
            return (null, figures.Groups["one"].Success ? 9.9m : 99.9m);
        decimal? max = null, min = null;
        if (MaxBefore().Match(lower) is { Success: true } a) max = Dec(a.Groups[1]);
        else if (MaxAfter().Match(lower) is { Success: true } b) max = Dec(b.Groups[1]);
        if (MinBefore().Match(lower) is { Success: true } c) min = Dec(c.Groups[1]);
        else if (MinAfter().Match(lower) is { Success: true } d) min = Dec(d.Groups[1]);
        // A bare price ("50元的杯子", "a ¥30 gift") is read as the most the shopper wants to spend.
        if (priceIsAMost && max is null && min is null && Priced().Match(lower) is { Success: true } e) max = Dec(e.Groups[1].Success ? e.Groups[1] : e.Groups[2]);
        return (min, max);
    }

    [GeneratedRegex(@"\b(?:(?<one>single|one|1)|(?:two|double|2))[\s-]+digits?\b|(?<one>个位数)|两位数")]
    private static partial Regex FiguresCap();

    private static decimal PriceQuantile(Catalogue catalogue, double q)
    {
        var prices = catalogue.Products.Select(p => p.PriceRmb).Order().ToList();
        return prices.Count == 0 ? 0 : Math.Round(prices[(int)(q * (prices.Count - 1))], 1);
    }

    private static decimal Dec(Group g) => decimal.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:between\s*)?[¥￥]?\s*" + Number + @"\s*" + Currency + @"?\s*(?:-|~|–|到|至|and|to)\s*[¥￥]?\s*" + Number + @"\s*" + Currency)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:budget|spend|spending|between|price range|range)\s*(?:of|is|:|'s)?\s*(?:from\s*|between\s*)?[¥￥]?\s*" + Number + @"\s*(?:to|and|-|–)\s*[¥￥]?\s*" + Number + @"(?![\d.])(?!\s*(?:days?|weeks?|hours?|months?)\b)")]
    private static partial Regex BudgetRange();

    [GeneratedRegex(@"(?:under|below|less than|cheaper than|up to|at most|max(?:imum)?|within|no more than|not more than|not over|nothing (?:over|above|more than|pricier than|dearer than)|budget(?:'s| of| is)?|(?:spending |price )?limit(?: of| is)?|tops|<=?|≤|不超过|不想超过|不想花超过|不打算超过|不能超出|不超出|放宽到|提高到|提到|涨到|不高于|别超过|不要超过|不能超过|不可以超过|不得超过|别超|顶多|低于|少于|小于|最多|预算|限价|限额|上限)\s*(?:of\s*)?[¥￥]?\s*" + Number)]
    private static partial Regex MaxBefore();

    [GeneratedRegex(Number + @"\s*" + Currency + @"?\s*(?:以内|以下|之内|内|封顶|也行|也可以|都行|or less|and under|max|tops)")]
    private static partial Regex MaxAfter();

    [GeneratedRegex(@"(?<!\b(?:not|no|nothing)\s+)(?:over|above|more than|at least|from|>=?|≥|(?<![不没别能得要以想花])(?:超过|高于|大于)|至少|不低于|最低(?:也得|也要|要)?|起码|最少)\s*[¥￥]?\s*" + Number)]
    private static partial Regex MinBefore();

    [GeneratedRegex(Number + @"\s*" + Currency + @"?\s*(?:以上|起|or more|and up|plus|minimum|min\b|at least|\+)")]
    private static partial Regex MinAfter();

    [GeneratedRegex(@"(?:about|around|roughly|approximately|approx\.?|(?<!\d\s*)(?<!\d\.)[~～]|大概|大约|差不多)\s*[¥￥]?\s*" + Number + "|" + Number + @"\s*(?:来\s*(?:块|元)|" + Currency + @"?\s*(?:左右|上下|or so|ish))")]
    private static partial Regex About();

    [GeneratedRegex(Number + @"\s*(?:天|日|周|个?星期|个?月|年|号|点|小时|分钟|days?\b|weeks?\b|months?\b|years?\b|hours?\b|am\b|pm\b|o'?clock)")]
    private static partial Regex Duration();

    [GeneratedRegex(Number + @"\s*" + Currency + @"?\s*出头")]
    private static partial Regex JustOver();

    /// <summary>"百来块", "百把块": a hundred said without its 一.</summary>
    [GeneratedRegex(@"(?<![一二两三四五六七八九十几\d])百(?=来|把|十来|出头)")]
    private static partial Regex HundredAlone();

    [GeneratedRegex(@"(?<![\d.])" + Number + @"\s*(?:多|几)\s*(?:块|元|的)?(?![天日周月年个件号位次期小分秒])")]
    private static partial Regex AndSome();

    /// <summary>"50-80", "五十到一百", "100 to 200": two numbers that are no days, weeks or hours.</summary>
    [GeneratedRegex(@"(?<![\d.])" + Number + @"\s*(?:-|–|—|~|到|至|\sto\s)\s*[¥￥]?\s*" + Number + @"(?![\d.])(?!\s*(?:(?:days?|weeks?|hours?|months?|years?|pm|am)\b|天|日|周|个|小时|点|号|年|岁))")]
    private static partial Regex BareRange();

    [GeneratedRegex(@"[¥￥]\s*" + Number + "|" + Number + @"\s*(?:rmb|cny|yuan|元|块)")]
    private static partial Regex Priced();

    [GeneratedRegex(@"cheap|inexpensive|affordable|budget|便宜|实惠|平价|性价比")]
    private static partial Regex CheapWords();

    [GeneratedRegex(@"premium|luxury|expensive|high-end|贵一点|高档|高端|奢华")]
    private static partial Regex PremiumWords();
}
