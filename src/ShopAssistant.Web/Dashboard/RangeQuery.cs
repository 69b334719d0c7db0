using ShopAssistant.Domain;
using ShopAssistant.Quality;

namespace ShopAssistant.Web.Dashboard;

/// <summary>?from=&amp;to=&amp;week= on every dashboard endpoint: a range, or a 400 that says what is wrong.</summary>
internal static class RangeQuery
{
    public static IResult? Read(string? from, string? to, string? week, DateTimeOffset now, out DateRange range) =>
        DateRange.TryParse(from, to, week, now, out range, out var error)
            ? null
            : Results.Problem(title: "Bad date range", detail: error, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A file-name friendly label: the Beijing days covered.</summary>
    public static string Label(DateRange range) =>
        $"{BeijingTime.DayOf(range.From):yyyyMMdd}-{BeijingTime.DayOf(range.To.AddTicks(-1)):yyyyMMdd}";
}
