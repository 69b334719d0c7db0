using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ShopAssistant.Data;
using ShopAssistant.Data.Sqlite;
using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

/// <summary>
/// The projection must answer exactly what computing from the log's range read answers: every report below is compared,
/// serialised field for field, with the direct computation on the same SQLite log.
/// </summary>
public sealed class EventProjectionTests : IDisposable
{
    private static readonly DateRange Week = new(Beijing(11, 20, 0), Beijing(11, 27, 0));
    private readonly string _folder = Directory.CreateTempSubdirectory("sa-projection-").FullName;
    private readonly DatabaseEventLog _log;
    private readonly FakeTimeProvider _clock = new(Beijing(11, 27, 15).ToUniversalTime());
    private readonly QualityReports _reports;

    public EventProjectionTests()
    {
        _log = new DatabaseEventLog(new SqliteDatabase(Path.Combine(_folder, "shop.db")));
        // A batch of 4 makes every catch-up cross batch boundaries, merges included.
        _reports = new QualityReports(_log, _clock, new EventProjection(_log, _clock, batch: 4));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A week with handoffs, ratings, reopens, recommendations, day edges and shared milliseconds.</summary>
    private static EventLogBuilder BusyWeek()
    {
        var midnight = Beijing(11, 22, 0);
        return new EventLogBuilder()
            .Turn(Beijing(11, 21, 10), "a", latencyMs: 90).Turn(Beijing(11, 21, 10, 1), "a", "shipping_policy", language: "en")
            .Turn(Beijing(11, 21, 11), "b", handoff: true, reason: "damaged_goods").Handoff(Beijing(11, 21, 11), "b", 1, "damaged_goods")
            .Claim(Beijing(11, 21, 11, 2), "b", 1, "lily", 120_000).Reply(Beijing(11, 21, 11, 3), "b", 1, "lily", 60_000)
            .Reply(Beijing(11, 21, 11, 4), "b", 1, "lily", null).Close(Beijing(11, 21, 11, 30), "b", 1, "lily", 1_680_000)
            .Rating(Beijing(11, 21, 11, 31), "b", 4, 1, "lily")
            .Turn(midnight.AddMilliseconds(-1), "edge", "other", confidence: 0.2).Turn(midnight, "edge", "invoice")
            .Handoff(midnight, "edge", 2, "bot_failed_twice").Claim(midnight.AddMinutes(1), "edge", 2, "bob", 60_000)
            .Close(midnight.AddMinutes(20), "edge", 2, "bob", 1_140_000, "returned").Rating(midnight.AddMinutes(21), "edge", 2, 2, "bob")
            .Turn(Beijing(11, 23, 9), "reopened").Turn(Beijing(11, 24, 10), "reopened")
            .Turn(Beijing(11, 26, 23, 30), "late").Turn(Beijing(11, 28, 8), "late", "complaint")
            .Turn(Beijing(11, 26, 20), "lookahead").Handoff(Beijing(11, 27, 1), "lookahead", 3, "safety")
            .Turn(Beijing(11, 19, 23, 59), "before").Turn(Beijing(11, 20, 0, 1), "before")
            .Turn(Beijing(11, 25, 12), "shop", "recommendation").Shown(Beijing(11, 25, 12), "shop", "A1", "B2", "C3")
            .Clicked(Beijing(11, 25, 12, 1), "shop", "B2").Carted(Beijing(11, 25, 12, 2), "shop", "B2")
            .Turn(Beijing(11, 27, 14, 30), "hot", "complaint", handoff: true, reason: "angry_or_complaint")
            .Handoff(Beijing(11, 27, 14, 30), "hot", 4, "angry_or_complaint").Rating(Beijing(11, 27, 14, 50), "hot", 1)
            .Turn(Beijing(11, 30, 9), "after-lookahead");
    }

    /// <summary>Appends in a shuffled order, so write order and time order disagree as they do under the simulate verb.</summary>
    private async Task WriteAsync(IEnumerable<ShopEvent> events, int seed = 7)
    {
        var random = new Random(seed);
        foreach (var e in events.OrderBy(_ => random.Next()).ToList()) await _log.AppendAsync(e);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private async Task<string> DirectMetricsAsync(DateRange range) =>
        Json(MetricsCalculator.Compute(await _log.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead), range));

    private async Task<string> DirectAgentsAsync(DateRange range) => Json(AgentKpiSheet.Compute(await _log.ReadAsync(range.From, range.To), range));

    private async Task<string> DirectConversationsAsync(DateRange range) =>
        Describe(ConversationFacts.Group(await _log.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead), range));

    private async Task<string> DirectAlertsAsync()
    {
        var now = _clock.GetUtcNow();
        return Json(EarlyWarning.Check(await _log.ReadAsync(now.AddDays(-7), now.AddMilliseconds(1)), now));
    }

    /// <summary>Everything a conversation's facts say, in order, without the raw JSON the projection drops.</summary>
    private static string Describe(Dictionary<string, ConversationFacts> conversations) => Json(conversations.OrderBy(c => c.Key, StringComparer.Ordinal).Select(p =>
    {
        var c = p.Value;
        static object Facts(List<EventFacts> list) => list.Select(f => new
        {
            f.Kind, f.At, f.ConversationId, f.Event.ShopperId, f.Event.Intent, f.Confidence, f.Language, f.Handoff, f.HandoffReason, f.LatencyMs,
            f.HandoffId, f.Reason, f.Agent, f.QueueWaitMs, f.FirstResponseMs, f.Status, f.HandleMs, f.Stars, f.StockCodes,
        }).ToList();
        return new
        {
            p.Key, c.ConversationId, c.ShopperId, c.StartedAt, c.LastAt, c.InRange, c.Reopened, c.HandedOff, c.BotResolved, c.Language,
            Agents = c.Agents.ToList(), c.LastStars, Turns = Facts(c.Turns), Handoffs = Facts(c.Handoffs), Claims = Facts(c.Claims),
            Replies = Facts(c.AgentReplies), Closes = Facts(c.Closes), Ratings = Facts(c.Ratings), Recommendations = Facts(c.Recommendations),
        };
    }).ToList());

    private async Task AssertSameAsDirectAsync(DateRange range)
    {
        Assert.Equal(await DirectMetricsAsync(range), Json(await _reports.MetricsAsync(range)));
        Assert.Equal(await DirectAgentsAsync(range), Json(await _reports.AgentsAsync(range)));
        var conversations = await _reports.ConversationsAsync(range);
        Assert.Equal(await DirectConversationsAsync(range), Describe(conversations));
        // The order of the conversations too: the calculators sum over it, and the browser lists ties in it.
        Assert.Equal(ConversationFacts.Group(await _log.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead), range).Keys, conversations.Keys);
        Assert.Equal(Json((await _log.ReadAsync(range.From, range.To)).Select(EventFacts.Parse).Select(f => (f.Kind, f.At, f.ConversationId, f.Confidence, f.Reason))),
            Json((await _reports.FactsAsync(range)).Select(f => (f.Kind, f.At, f.ConversationId, f.Confidence, f.Reason))));
    }

    [Fact]
    public async Task Reports_from_the_projection_equal_reports_computed_from_the_log_for_weeks_days_and_odd_bounds()
    {
        await WriteAsync(BusyWeek().Events);
        await AssertSameAsDirectAsync(Week);
        // One Beijing day each side of a midnight with events on both sides of it.
        await AssertSameAsDirectAsync(new DateRange(Beijing(11, 21, 0), Beijing(11, 22, 0)));
        await AssertSameAsDirectAsync(new DateRange(Beijing(11, 22, 0), Beijing(11, 23, 0)));
        // Bounds inside a millisecond: the log cuts them to whole milliseconds, and so must the projection.
        await AssertSameAsDirectAsync(new DateRange(Beijing(11, 22, 0).AddTicks(3), Beijing(11, 26, 23, 30).AddTicks(9_999)));
        // The same instants written in UTC: the report repeats the range as given.
        await AssertSameAsDirectAsync(new DateRange(Week.From.ToUniversalTime(), Week.To.ToUniversalTime()));
        Assert.Equal(await DirectAlertsAsync(), Json(await _reports.AlertsAsync()));
    }

    [Fact]
    public async Task A_safety_report_filed_this_millisecond_is_in_the_next_alert_check_and_a_quiet_log_is_checked_again_later()
    {
        await WriteAsync(BusyWeek().Events);
        var before = await _reports.AlertsAsync();
        Assert.DoesNotContain(before.Safety, a => a.ConversationId == "fire");

        await WriteAsync(new EventLogBuilder().Handoff(_clock.GetUtcNow(), "fire", 9, "safety").Events);
        var after = await _reports.AlertsAsync();
        Assert.Contains(after.Safety, a => a.ConversationId == "fire");
        Assert.Equal(await DirectAlertsAsync(), Json(after));

        // Nothing new is logged, but an hour later the last hour is another hour.
        _clock.Advance(TimeSpan.FromHours(1));
        var later = await _reports.AlertsAsync();
        Assert.Equal(_clock.GetUtcNow(), later.At);
        Assert.Equal(await DirectAlertsAsync(), Json(later));
    }

    [Fact]
    public async Task An_empty_log_gives_the_same_empty_reports()
    {
        await AssertSameAsDirectAsync(Week);
        Assert.Equal(await DirectAlertsAsync(), Json(await _reports.AlertsAsync()));
        Assert.Equal(0, (await _reports.MetricsAsync(Week)).Conversations);
    }

    [Fact]
    public async Task Events_written_after_a_first_report_are_caught_up_even_when_earlier_than_events_already_read()
    {
        await WriteAsync(BusyWeek().Events);
        var before = Json(await _reports.MetricsAsync(Week));
        await AssertSameAsDirectAsync(Week);

        // Later in time, earlier than what was read (in the middle of the week and before all of it), and on the very
        // millisecond of events held: the log orders ties by id, so must the projection.
        var more = new EventLogBuilder()
            .Turn(Beijing(11, 27, 14, 55), "newest").Handoff(Beijing(11, 27, 14, 56), "newest", 9, "safety")
            .Turn(Beijing(11, 21, 10, 30), "a", "complaint").Rating(Beijing(11, 21, 11, 31), "b", 1, 1, "lily")
            .Turn(Beijing(11, 20, 0), "first-minute").Turn(Beijing(11, 22, 0), "edge", "thanks")
            .Claim(Beijing(11, 23, 9, 5), "reopened", 10, "amy", 1_000).Close(Beijing(11, 23, 9, 30), "reopened", 10, "amy", 1_500_000);
        await WriteAsync(more.Events, seed: 11);

        Assert.NotEqual(before, Json(await _reports.MetricsAsync(Week)));
        await AssertSameAsDirectAsync(Week);
        await AssertSameAsDirectAsync(new DateRange(Beijing(11, 22, 0), Beijing(11, 23, 0)));
        Assert.Equal(await DirectAlertsAsync(), Json(await _reports.AlertsAsync()));
    }

    [Fact]
    public async Task A_cached_grouping_is_shared_until_a_new_event_arrives()
    {
        await WriteAsync(BusyWeek().Events);
        var first = await _reports.ConversationsAsync(Week);
        Assert.Same(first, await _reports.ConversationsAsync(Week));
        Assert.Same(await _reports.MetricsAsync(Week), await _reports.MetricsAsync(Week));

        await _log.AppendAsync(new ShopEvent(Beijing(11, 24, 8), ShopEventKinds.Turn, "new-one", "s", "greeting", null));
        var second = await _reports.ConversationsAsync(Week);
        Assert.NotSame(first, second);
        Assert.False(first.ContainsKey("new-one"));
        Assert.True(second["new-one"].InRange);
        Assert.Equal(first.Count + 1, second.Count);

        // An event past the range and its look-ahead cannot change it: the grouping and its metrics stay, and are right.
        var metrics = await _reports.MetricsAsync(Week);
        await _log.AppendAsync(new ShopEvent(Beijing(12, 24, 8), ShopEventKinds.Turn, "far-future", "s", "greeting", null));
        Assert.Same(second, await _reports.ConversationsAsync(Week));
        Assert.Same(metrics, await _reports.MetricsAsync(Week));
        await AssertSameAsDirectAsync(Week);

        // One inside the look-ahead does change it.
        await _log.AppendAsync(new ShopEvent(Beijing(11, 27, 20), ShopEventKinds.Turn, "reopened", "s", "greeting", null));
        Assert.NotSame(second, await _reports.ConversationsAsync(Week));
        Assert.NotSame(metrics, await _reports.MetricsAsync(Week));
        await AssertSameAsDirectAsync(Week);
    }

    [Fact]
    public async Task Newer_events_are_added_to_the_cached_grouping_and_give_what_grouping_again_gives()
    {
        await WriteAsync(BusyWeek().Events);
        var range = new DateRange(Beijing(11, 20, 0), Beijing(11, 29, 0));
        var first = await _reports.ConversationsAsync(range);
        await AssertSameAsDirectAsync(range);

        // After everything held (the last event is 30 Nov 09:00): a continuing conversation, a new one, and one on the
        // very millisecond of the last event.
        var more = new EventLogBuilder()
            .Turn(Beijing(11, 30, 9), "shop", "thanks").Turn(Beijing(11, 30, 9), "newcomer").Turn(Beijing(11, 30, 9, 5), "after-lookahead", "thanks");
        foreach (var e in more.Events) await _log.AppendAsync(e);
        var second = await _reports.ConversationsAsync(range);
        await AssertSameAsDirectAsync(range);
        // Taken by adding, not by grouping again: untouched conversations are the very same objects, touched ones copies.
        Assert.Same(first["a"], second["a"]);
        Assert.NotSame(first["shop"], second["shop"]);
        Assert.Equal(first["shop"].Turns.Count + 1, second["shop"].Turns.Count);

        // Earlier than a conversation's last event but later than everything else's: that one is grouped again.
        await _log.AppendAsync(new ShopEvent(Beijing(11, 30, 9, 1), ShopEventKinds.Turn, "after-lookahead", "s", "complaint", null));
        await AssertSameAsDirectAsync(range);
        // A new conversation earlier than the first event of others: grouped again, in the full grouping's order.
        await _log.AppendAsync(new ShopEvent(Beijing(11, 21, 10, 0), ShopEventKinds.Turn, "late-writer", "s", "complaint", null));
        await AssertSameAsDirectAsync(range);
        await AssertSameAsDirectAsync(Week);
    }

    [Fact]
    public async Task Ranges_older_than_the_window_are_read_from_the_log_and_still_equal()
    {
        await WriteAsync(BusyWeek().Events);
        await AssertSameAsDirectAsync(Week);
        // Three weeks on, the week is outside the window: the projection trims it and the reports fall back to the log.
        _clock.SetUtcNow(Beijing(12, 18, 12));
        await AssertSameAsDirectAsync(Week);
        var late = new DateRange(Beijing(12, 11, 0), Beijing(12, 18, 0));
        await WriteAsync(new EventLogBuilder().Turn(Beijing(12, 12, 9), "december").Turn(Beijing(11, 21, 9), "november-late-write").Events);
        await AssertSameAsDirectAsync(late);
        await AssertSameAsDirectAsync(Week);
        Assert.Equal(1, (await _reports.MetricsAsync(late)).Conversations);
        Assert.Equal(await DirectAlertsAsync(), Json(await _reports.AlertsAsync()));
    }

    [Fact]
    public async Task Concurrent_reports_while_events_are_written_end_on_the_log_figures()
    {
        await WriteAsync(BusyWeek().Events);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
                await _log.AppendAsync(new ShopEvent(Beijing(11, 21 + i % 6, 9).AddMinutes(i), ShopEventKinds.Turn, "busy-" + i % 7, "s", "order_status", "{\"LatencyMs\":" + i + "}"));
        });
        var readers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                var metrics = await _reports.MetricsAsync(Week);
                Assert.InRange(metrics.Conversations, 8, 8 + 7);
                await _reports.ConversationsAsync(Week);
            }
        })).ToList();
        await Task.WhenAll(readers.Append(writer));
        await AssertSameAsDirectAsync(Week);
    }
}
