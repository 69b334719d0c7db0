using System.Globalization;
using System.Text;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Dashboard;

/// <summary>?format=csv on the dashboard's tables: UTF-8 with a byte-order mark so that Excel shows Chinese correctly.</summary>
internal static class CsvExport
{
    public static bool Wants(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    public static IResult File(string name, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', header.Select(Cell)));
        foreach (var row in rows) csv.AppendLine(string.Join(',', row.Select(Cell)));
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            // Cells can hold shopper text (knowledge-gap examples, ids): masked and neutralised like every staff view.
            _ => StaffText.Clean(value.ToString() ?? ""),
        };
        // Quote anything a spreadsheet could misread, and defuse formulas injected through shopper text.
        if (text.Length > 0 && "=+-@".Contains(text[0]) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
