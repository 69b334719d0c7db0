using ShopAssistant.Data;
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

    [Fact]
    public void Repeated_safety_reports_from_one_conversation_are_one_alert()
    {
        // Before: 20 messages made 20 handoffs and 10 safety alerts from a single conversation.
        var log = new EventLogBuilder();
        for (var i = 0; i < 10; i++) log.Turn(Now.AddMinutes(-30 + i), "flood").Handoff(Now.AddMinutes(-30 + i), "flood", i, "safety");
        log.Turn(Now.AddMinutes(-5), "other").Handoff(Now.AddMinutes(-5), "other", 99, "safety");

        var safety = EarlyWarning.Check(log.Events, Now).Safety;

        Assert.Equal(["other", "flood"], safety.Select(s => s.ConversationId));
        Assert.Equal(9, safety[1].HandoffId);
    }

    [Fact]
    public void An_order_locked_after_repeated_wrong_digits_is_an_alert()
    {
        var locked = new ShopEvent(Now.AddMinutes(-2), ShopEventKinds.VerificationLocked, "c-guess", "guesser", "order_status",
            """{"subject":"order:536367","orderNo":536367,"failures":5}""");

        var alert = Assert.Single(EarlyWarning.Check([locked], Now).Guessing);

        Assert.Equal(536367, alert.OrderNo);
        Assert.Equal("order:536367", alert.Subject);
        Assert.Equal("c-guess", alert.ConversationId);
    }
}
