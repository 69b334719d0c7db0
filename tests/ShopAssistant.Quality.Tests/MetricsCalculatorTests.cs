using System.Text.Json;
using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

public sealed class MetricsCalculatorTests
{
    private static readonly DateRange Week = new(Beijing(11, 20, 0), Beijing(11, 27, 0));

    [Fact]
    public void An_empty_range_reads_as_zeros_not_NaN()
    {
        var metrics = MetricsCalculator.Compute([], Week);
        Assert.Equal(0, metrics.Conversations);
        Assert.Equal(0, metrics.HandoffRate);
        Assert.Equal(0, metrics.BotResolutionRate);
        Assert.Equal(0, metrics.Csat);
        Assert.Equal(0, metrics.FirstResponseMs.P95);
        Assert.Equal(7, metrics.ByDay.Count);
        Assert.Equal(24, metrics.ByHour.Count);
        var json = JsonSerializer.Serialize(metrics);
        Assert.DoesNotContain("NaN", json);
    }

    [Fact]
    public void Conversations_handoffs_and_reasons_are_counted_once_per_conversation()
    {
        var log = new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "a").Turn(Beijing(11, 21, 10, 1), "a")
            .Turn(Beijing(11, 21, 11), "b", handoff: true, reason: "damaged_goods").Handoff(Beijing(11, 21, 11), "b", 1, "damaged_goods")
            .Turn(Beijing(11, 22, 11), "c", handoff: true, reason: "shopper_request").Handoff(Beijing(11, 22, 11), "c", 2)
            .Turn(Beijing(11, 23, 9), "d")
            .Turn(Beijing(11, 19, 9), "before-range");
        var metrics = MetricsCalculator.Compute(log.Events, Week);
        Assert.Equal(4, metrics.Conversations);
        Assert.Equal(2, metrics.Handoffs);
        Assert.Equal(0.5, metrics.HandoffRate);
        Assert.Equal(1, metrics.HandoffsByReason["damaged_goods"]);
        Assert.Equal(1, metrics.HandoffsByReason["shopper_request"]);
        Assert.Equal(0.5, metrics.BotResolutionRate);
        Assert.Equal(5, metrics.Turns);
    }

    [Fact]
    public void A_turn_more_than_24_hours_after_the_previous_one_reopens_the_conversation()
    {
        var log = new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "reopened").Turn(Beijing(11, 22, 10, 30), "reopened")
            .Turn(Beijing(11, 21, 10), "same-day").Turn(Beijing(11, 21, 22), "same-day")
            .Turn(Beijing(11, 26, 20), "reopened-after-range").Turn(Beijing(11, 28, 8), "reopened-after-range");
        var metrics = MetricsCalculator.Compute(log.Events, Week);
        Assert.Equal(3, metrics.Conversations);
        Assert.Equal(2, metrics.ReopenedConversations);
        Assert.Equal(1, metrics.BotResolvedConversations);
        Assert.Equal(Math.Round(1 / 3d, 4), metrics.BotResolutionRate);
    }

    [Fact]
    public void Csat_is_the_share_of_4_and_5_stars_among_rated_conversations_only()
    {
        var log = new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "a").Rating(Beijing(11, 21, 10, 5), "a", 5)
            .Turn(Beijing(11, 21, 10), "b").Rating(Beijing(11, 21, 10, 5), "b", 4)
            .Turn(Beijing(11, 21, 10), "c").Rating(Beijing(11, 21, 10, 5), "c", 2)
            .Turn(Beijing(11, 21, 10), "unrated-1").Turn(Beijing(11, 21, 10), "unrated-2");
        var metrics = MetricsCalculator.Compute(log.Events, Week);
        Assert.Equal(3, metrics.Ratings);
        Assert.Equal(0.6667, metrics.Csat);
        Assert.Equal(1, metrics.RatingDistribution["2"]);
        Assert.Equal(0, metrics.RatingDistribution["3"]);
        Assert.Equal(3.7, metrics.AverageStars);
    }

    [Fact]
    public void Days_and_hours_are_Beijing_days_and_hours()
    {
        var lateUtc = new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero);
        var log = new EventLogBuilder().Turn(lateUtc, "late").Handoff(lateUtc, "late", 1);
        var metrics = MetricsCalculator.Compute(log.Events, new DateRange(Beijing(11, 26, 0), Beijing(11, 28, 0)));
        Assert.Equal(0, metrics.ByDay.Single(d => d.Day == new DateOnly(2026, 11, 26)).Conversations);
        Assert.Equal(1, metrics.ByDay.Single(d => d.Day == new DateOnly(2026, 11, 27)).Conversations);
        Assert.Equal(1, metrics.ByDay.Single(d => d.Day == new DateOnly(2026, 11, 27)).Handoffs);
        Assert.Equal(1, metrics.ByHour[0].Conversations);
    }

    [Fact]
    public void First_response_counts_the_bots_first_turn_and_each_agents_first_reply_and_queue_wait_and_handle_time_follow_the_desk()
    {
        var log = new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "a", latencyMs: 100).Turn(Beijing(11, 21, 10, 1), "a", latencyMs: 9_000)
            .Turn(Beijing(11, 21, 11), "b", latencyMs: 300, handoff: true).Handoff(Beijing(11, 21, 11), "b", 7)
            .Claim(Beijing(11, 21, 11, 1), "b", 7, "lily", 60_000)
            .Reply(Beijing(11, 21, 11, 2), "b", 7, "lily", 20_000).Reply(Beijing(11, 21, 11, 3), "b", 7, "lily", null)
            .Close(Beijing(11, 21, 11, 11), "b", 7, "lily", 600_000);
        var metrics = MetricsCalculator.Compute(log.Events, Week);
        Assert.Equal(2, metrics.FirstResponseMs.Bot.Count);
        Assert.Equal(100, metrics.FirstResponseMs.Bot.P50);
        Assert.Equal(300, metrics.FirstResponseMs.Bot.P95);
        Assert.Equal(1, metrics.FirstResponseMs.Agent.Count);
        Assert.Equal(300, metrics.FirstResponseMs.P50);
        Assert.Equal(20_000, metrics.FirstResponseMs.P95);
        Assert.Equal(60_000, metrics.QueueWaitMs.P50);
        Assert.Equal(600_000, metrics.AverageHandleMs);
    }

    [Fact]
    public void Recommendation_click_through_and_add_to_cart_are_per_product_shown()
    {
        var log = new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "a", intent: "recommendation").Shown(Beijing(11, 21, 10), "a", "22423", "85123A", "47566", "84879")
            .Clicked(Beijing(11, 21, 10, 1), "a", "22423").Carted(Beijing(11, 21, 10, 2), "a", "22423");
        var recommendations = MetricsCalculator.Compute(log.Events, Week).Recommendations;
        Assert.Equal(4, recommendations.Impressions);
        Assert.Equal(0.25, recommendations.ClickThroughRate);
        Assert.Equal(0.25, recommendations.AddToCartRate);
    }

    [Fact]
    public void Malformed_event_data_counts_the_event_but_adds_no_figures()
    {
        var events = new List<ShopAssistant.Data.ShopEvent> { new(Beijing(11, 21, 10), "turn", "x", "s", "other", "{not json") };
        var metrics = MetricsCalculator.Compute(events, Week);
        Assert.Equal(1, metrics.Conversations);
        Assert.Equal(0, metrics.FirstResponseMs.Bot.Count);
    }
}
