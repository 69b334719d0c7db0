namespace ShopAssistant.Understanding.Entities;

/// <summary>Small Chinese numbers as shoppers write them in amounts and dates: 五十, 两百, 一百五, 三千二百.</summary>
internal static class ChineseNumerals
{
    public const string Characters = "零〇一二两三四五六七八九十百千万";

    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        long total = 0, section = 0, digit = -1;
        var lastUnit = 1;
        foreach (var c in text)
        {
            var value = Digit(c);
            if (value >= 0)
            {
                digit = value;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0) return null;
            if (unit == 10000)
            {
                total = (total + section + Math.Max(digit, 0)) * 10000;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
            lastUnit = unit;
        }
        // 一百五 means 150: a trailing digit after a unit is one step below it.
        if (digit >= 0) section += lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
        var result = total + section;
        return result is > 0 and <= int.MaxValue ? (int)result : null;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };
}
