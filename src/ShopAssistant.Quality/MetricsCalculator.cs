using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>
/// Turns the event log into the manager's headline figures. Pure: the caller passes the events of the range plus
/// <see cref="LookAhead"/> after it (so a reopen or handoff just after the range still counts against the bot).
/// Definitions:
/// conversations = distinct conversations with a turn or handoff in range;
/// handoffRate = conversations with a handoff in range / conversations;
/// botResolutionRate = conversations with no handoff and not reopened / conversations;
/// csat = ratings of 4–5 / ratings; firstResponseMs = the bot's first turn latency per conversation plus each agent's
/// first reply after claiming; queueWaitMs from claims; average handle time from closes.
/// </summary>
public static class MetricsCalculator
{
    /// <summary>A turn this long after the previous one means the shopper had to come back: the conversation was reopened.</summary>
    public static readonly TimeSpan ReopenGap = TimeSpan.FromHours(24);

    /// <summary>How far past the range the caller should read, to see reopens and late handoffs.</summary>
    public static readonly TimeSpan LookAhead = TimeSpan.FromHours(48);

    public static QualityMetrics Compute(IReadOnlyList<ShopEvent> events, DateRange range) =>
        Compute(ConversationFacts.Group(events, range), range);

    public static QualityMetrics Compute(IReadOnlyDictionary<string, ConversationFacts> byConversation, DateRange range)
    {
        var all = byConversation.Values.ToList();
        var counted = all.Where(c => c.InRange).ToList();
        List<EventFacts> InRange(Func<ConversationFacts, List<EventFacts>> pick) =>
            all.SelectMany(pick).Where(e => range.Contains(e.At)).ToList();

        var handoffs = InRange(c => c.Handoffs);
        var ratings = InRange(c => c.Ratings).Where(r => r.Stars is >= 1 and <= 5).ToList();
        var closes = InRange(c => c.Closes);
        var handedOff = counted.Count(c => c.Handoffs.Any(h => range.Contains(h.At)));
        var resolved = counted.Count(c => c.BotResolved);

        var botFirst = counted.Select(c => c.Turns.FirstOrDefault(t => range.Contains(t.At))?.LatencyMs).OfType<double>().ToList();
        var agentFirst = InRange(c => c.AgentReplies).Select(a => a.FirstResponseMs).OfType<double>().ToList();
        var firstAll = Percentiles.Of(botFirst.Concat(agentFirst));

        var recommendations = Recommendations(InRange(c => c.Recommendations));

        return new QualityMetrics(
            range.From, range.To,
            Conversations: counted.Count,
            Turns: InRange(c => c.Turns).Count,
            Handoffs: handoffs.Count,
            HandedOffConversations: handedOff,
            HandoffRate: Ratio.Of(handedOff, counted.Count),
            BotResolvedConversations: resolved,
            ReopenedConversations: counted.Count(c => c.Reopened),
            BotResolutionRate: Ratio.Of(resolved, counted.Count),
            HandoffsByReason: CountBy(handoffs, h => h.Reason ?? "unknown"),
            Csat: Ratio.Of(ratings.Count(r => r.Stars >= 4), ratings.Count),
            Ratings: ratings.Count,
            AverageStars: Ratio.Mean(ratings.Select(r => (double)r.Stars!.Value).ToList()),
            RatingDistribution: Enumerable.Range(1, 5).ToDictionary(n => n.ToString(), n => ratings.Count(r => r.Stars == n)),
            FirstResponseMs: new FirstResponse(firstAll.P50, firstAll.P95, Percentiles.Of(botFirst), Percentiles.Of(agentFirst)),
            QueueWaitMs: Percentiles.Of(InRange(c => c.Claims).Select(c => c.QueueWaitMs).OfType<double>()),
            HandoffsClosed: closes.Count,
            AverageHandleMs: Ratio.Mean(closes.Select(c => c.HandleMs).OfType<double>().ToList()),
            Recommendations: recommendations,
            TurnsByIntent: CountBy(InRange(c => c.Turns), t => t.Event.Intent ?? "unknown"),
            ConversationsByLanguage: CountBy(counted, c => c.Language ?? "unknown"),
            ByDay: Daily(counted, handoffs, ratings, range),
            ByHour: Hourly(counted, handoffs));
    }

    private static RecommendationFigures Recommendations(List<EventFacts> events)
    {
        var impressions = events.Where(e => e.Kind == ShopEventKinds.RecommendationShown).Sum(e => e.StockCodes);
        var clicks = events.Count(e => e.Kind == ShopEventKinds.RecommendationClicked);
        var carted = events.Count(e => e.Kind == QualityEventKinds.RecommendationAddedToCart);
        return new RecommendationFigures(impressions, clicks, carted, Ratio.Of(clicks, impressions), Ratio.Of(carted, impressions));
    }

    private static IReadOnlyList<DayTrend> Daily(List<ConversationFacts> counted, List<EventFacts> handoffs, List<EventFacts> ratings, DateRange range)
    {
        var conversationsByDay = counted.ToLookup(c => BeijingTime.DayOf(c.StartedAt!.Value));
        var handoffsByDay = handoffs.ToLookup(h => BeijingTime.DayOf(h.At));
        var ratingsByDay = ratings.ToLookup(r => BeijingTime.DayOf(r.At));
        return range.Days().Select(day =>
        {
            var conversations = conversationsByDay[day].ToList();
            var dayRatings = ratingsByDay[day].ToList();
            return new DayTrend(day, conversations.Count, handoffsByDay[day].Count(),
                Ratio.Of(conversations.Count(c => c.HandedOff), conversations.Count), conversations.Count(c => c.BotResolved),
                dayRatings.Count, Ratio.Of(dayRatings.Count(r => r.Stars >= 4), dayRatings.Count));
        }).ToList();
    }

    private static IReadOnlyList<HourTrend> Hourly(List<ConversationFacts> counted, List<EventFacts> handoffs)
    {
        var conversations = new int[24];
        var handed = new int[24];
        foreach (var c in counted) conversations[BeijingTime.HourOf(c.StartedAt!.Value)]++;
        foreach (var h in handoffs) handed[BeijingTime.HourOf(h.At)]++;
        return Enumerable.Range(0, 24).Select(h => new HourTrend(h, conversations[h], handed[h])).ToList();
    }

    internal static IReadOnlyDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
