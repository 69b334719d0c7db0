using ShopAssistant.Domain;

namespace ShopAssistant.Quality.Tests;

public sealed class DateRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero); // 11:00 on 27 Nov in Beijing

    [Fact]
    public void Dates_are_inclusive_Beijing_days()
    {
        Assert.True(DateRange.TryParse("2026-11-20", "2026-11-26", null, Now, out var range, out _));
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero), range.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), range.To);
        Assert.Equal(7, range.Days().Count());
    }

    [Fact]
    public void An_event_at_16_30_utc_belongs_to_the_next_Beijing_day()
    {
        var at = new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 27), BeijingTime.DayOf(at));
        Assert.True(DateRange.TryParse("2026-11-27", "2026-11-27", null, Now, out var day27, out _));
        Assert.True(day27.Contains(at));
        Assert.True(DateRange.TryParse("2026-11-26", "2026-11-26", null, Now, out var day26, out _));
        Assert.False(day26.Contains(at));
    }

    [Fact]
    public void The_default_is_the_last_seven_days_including_today()
    {
        Assert.True(DateRange.TryParse(null, null, null, Now, out var range, out _));
        Assert.Equal(new DateOnly(2026, 11, 21), BeijingTime.DayOf(range.From));
        Assert.Equal(new DateOnly(2026, 11, 27), BeijingTime.DayOf(range.To.AddTicks(-1)));
    }

    [Fact]
    public void Iso_timestamps_and_iso_weeks_are_accepted()
    {
        Assert.True(DateRange.TryParse("2026-11-26T08:00:00Z", "2026-11-26T09:00:00Z", null, Now, out var hour, out _));
        Assert.Equal(TimeSpan.FromHours(1), hour.Length);
        Assert.True(DateRange.TryParse("2026-11-26T08:00", "2026-11-26T09:30", null, Now, out var local, out _));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), local.From);
        Assert.True(DateRange.TryParse(null, null, "2026-W48", Now, out var week, out _));
        Assert.Equal(new DateOnly(2026, 11, 23), BeijingTime.DayOf(week.From)); // Monday
        Assert.Equal(TimeSpan.FromDays(7), week.Length);
    }

    [Theory]
    [InlineData("2026-13-01", null, null, "'from'")]
    [InlineData("yesterday", null, null, "'from'")]
    [InlineData(null, "2026/11/01", null, "'to'")]
    [InlineData("2026-11-26", "2026-11-20", null, "after")]
    [InlineData("2025-01-01", "2026-11-26", null, "366")]
    [InlineData(null, null, "2026-48", "week")]
    [InlineData(null, null, "2026-W54", "week")]
    public void Bad_ranges_are_refused_with_a_clear_message(string? from, string? to, string? week, string expected)
    {
        Assert.False(DateRange.TryParse(from, to, week, Now, out _, out var error));
        Assert.Contains(expected, error);
    }
}
