using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

public sealed class EarlyWarningTests
{
    private static readonly DateTimeOffset Now = Beijing(11, 27, 15);

    [Fact]
    public void A_last_hour_handoff_rate_above_twice_the_weekly_average_alerts_and_safety_handoffs_are_listed()
    {
        var log = new EventLogBuilder();
        for (var i = 0; i < 40; i++) log.Turn(Now.AddDays(-1 - i % 6).AddMinutes(i), "calm-" + i);
        for (var i = 0; i < 4; i++) log.Turn(Now.AddMinutes(-10 - i), "hot-" + i).Handoff(Now.AddMinutes(-10 - i), "hot-" + i, i, i == 0 ? "safety" : "angry_or_complaint");
        var alerts = EarlyWarning.Check(log.Events, Now);
        Assert.Equal(4, alerts.LastHourConversations);
        Assert.All(alerts.Signals, s => Assert.True(s.Alert, s.Signal));
        Assert.Equal("safety", Assert.Single(alerts.Safety).Reason);
    }

    [Fact]
    public void A_quiet_hour_never_alerts()
    {
        var log = new EventLogBuilder().Turn(Now.AddMinutes(-5), "one").Handoff(Now.AddMinutes(-5), "one", 1, "angry_or_complaint");
        Assert.All(EarlyWarning.Check(log.Events, Now).Signals, s => Assert.False(s.Alert));
        Assert.All(EarlyWarning.Check([], Now).Signals, s => Assert.Equal(0, s.SevenDayAverage));
    }
}
