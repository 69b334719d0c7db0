namespace ShopAssistant.Domain;

/// <summary>The shop keeps Beijing time (UTC+8, no daylight saving): days and hours on the dashboard are Beijing days and hours.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTimeOffset at) => at.ToOffset(Offset);

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Of(at).DateTime);

    public static int HourOf(DateTimeOffset at) => Of(at).Hour;

    /// <summary>Midnight at the start of the Beijing day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
