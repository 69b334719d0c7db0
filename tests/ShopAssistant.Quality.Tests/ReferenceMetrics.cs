using ShopAssistant.Domain;
using ShopAssistant.Data;

namespace ShopAssistant.Quality.Tests;

/// <summary>
/// The metrics calculator as it was before it became a single pass (commit 7bd4468), kept verbatim as the oracle
/// that the faster one must agree with to the last digit.
/// </summary>
internal static class ReferenceMetrics
{
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
            HandoffRate: Of(handedOff, counted.Count),
            BotResolvedConversations: resolved,
            ReopenedConversations: counted.Count(c => c.Reopened),
            BotResolutionRate: Of(resolved, counted.Count),
            HandoffsByReason: CountBy(handoffs, h => h.Reason ?? "unknown"),
            Csat: Of(ratings.Count(r => r.Stars >= 4), ratings.Count),
            Ratings: ratings.Count,
            AverageStars: Mean(ratings.Select(r => (double)r.Stars!.Value).ToList()),
            RatingDistribution: Enumerable.Range(1, 5).ToDictionary(n => n.ToString(), n => ratings.Count(r => r.Stars == n)),
            FirstResponseMs: new FirstResponse(firstAll.P50, firstAll.P95, Percentiles.Of(botFirst), Percentiles.Of(agentFirst)),
            QueueWaitMs: Percentiles.Of(InRange(c => c.Claims).Select(c => c.QueueWaitMs).OfType<double>()),
            HandoffsClosed: closes.Count,
            AverageHandleMs: Mean(closes.Select(c => c.HandleMs).OfType<double>().ToList()),
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
        return new RecommendationFigures(impressions, clicks, carted, Of(clicks, impressions), Of(carted, impressions));
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
                Of(conversations.Count(c => c.HandedOff), conversations.Count), conversations.Count(c => c.BotResolved),
                dayRatings.Count, Of(dayRatings.Count(r => r.Stars >= 4), dayRatings.Count));
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

    private static IReadOnlyDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    private static double Of(double part, double whole) => whole <= 0 ? 0 : Math.Round(part / whole, 4);

    private static double Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? 0 : Math.Round(values.Average(), 1);
}
