using ShopAssistant.Domain;
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
        // One pass over the conversations, each event looked at once: a busy week is ~100,000 conversations, and a pass
        // per figure spent most of its time walking the same objects again. Lists that feed a mean or a percentile keep
        // the order the conversations and their events come in, so every figure is the same to the last digit.
        var (conversations, turns, handedOff, resolved, reopened) = (0, 0, 0, 0, 0);
        var (handoffCount, closeCount, good, impressions, clicks, carted) = (0, 0, 0, 0, 0, 0);
        var byReason = new Dictionary<string, int>(StringComparer.Ordinal);
        var byIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, int>(StringComparer.Ordinal);
        var stars = new List<double>();
        var distribution = new int[6];
        var botFirst = new List<double>();
        var agentFirst = new List<double>();
        var queueWaits = new List<double>();
        var handles = new List<double>();
        var days = new Dictionary<DateOnly, DayCounts>();
        var hourConversations = new int[24];
        var hourHandoffs = new int[24];
        DayCounts Day(DateTimeOffset at)
        {
            var day = BeijingTime.DayOf(at);
            if (!days.TryGetValue(day, out var counts)) days[day] = counts = new DayCounts();
            return counts;
        }

        foreach (var c in byConversation.Values)
        {
            var firstTurnSeen = false;
            // Reopened and Language as ConversationFacts defines them (over all its turns), taken in the same walk.
            var (wasReopened, language) = (false, (string?)null);
            DateTimeOffset? previousTurn = null;
            foreach (var t in c.Turns)
            {
                if (previousTurn is { } previous && t.At - previous > ReopenGap) wasReopened = true;
                previousTurn = t.At;
                language ??= t.Language;
                if (!range.Contains(t.At)) continue;
                turns++;
                Increment(byIntent, t.Event.Intent ?? "unknown");
                // The bot's first response is the first turn in range, for conversations that count (all that have one).
                if (!firstTurnSeen && c.InRange && t.LatencyMs is { } latency) botFirst.Add(latency);
                firstTurnSeen = true;
            }
            var handoffInRange = false;
            // Most conversations are turns only: then the other lists are empty and need not be touched at all (a
            // conversation whose lists were filled by hand, not by grouping, has no count and takes the long way).
            var turnsOnly = c.EventCount > 0 && c.EventCount == c.Turns.Count;
            var handedOffAny = !turnsOnly && c.HandedOff;
            if (!turnsOnly)
            {
                foreach (var h in c.Handoffs)
                {
                    if (!range.Contains(h.At)) continue;
                    handoffInRange = true;
                    handoffCount++;
                    Increment(byReason, h.Reason ?? "unknown");
                    Day(h.At).Handoffs++;
                    hourHandoffs[BeijingTime.HourOf(h.At)]++;
                }
                foreach (var claim in c.Claims)
                    if (range.Contains(claim.At) && claim.QueueWaitMs is { } wait) queueWaits.Add(wait);
                foreach (var reply in c.AgentReplies)
                    if (range.Contains(reply.At) && reply.FirstResponseMs is { } first) agentFirst.Add(first);
                foreach (var close in c.Closes)
                {
                    if (!range.Contains(close.At)) continue;
                    closeCount++;
                    if (close.HandleMs is { } handle) handles.Add(handle);
                }
                foreach (var r in c.Ratings)
                {
                    if (!range.Contains(r.At) || r.Stars is not (>= 1 and <= 5) || r.Stars is not { } n) continue;
                    stars.Add(n);
                    distribution[n]++;
                    var day = Day(r.At);
                    day.Ratings++;
                    if (n >= 4)
                    {
                        good++;
                        day.Good++;
                    }
                }
                foreach (var e in c.Recommendations)
                {
                    if (!range.Contains(e.At)) continue;
                    if (e.Kind == ShopEventKinds.RecommendationShown) impressions += e.StockCodes;
                    else if (e.Kind == ShopEventKinds.RecommendationClicked) clicks++;
                    else if (e.Kind == QualityEventKinds.RecommendationAddedToCart) carted++;
                }
            }

            if (!c.InRange) continue;
            conversations++;
            // Resolved and the daily handoff rate read any handoff, look-ahead included; the headline rate only the range's.
            var botResolved = !handedOffAny && !wasReopened;
            if (handoffInRange) handedOff++;
            if (botResolved) resolved++;
            if (wasReopened) reopened++;
            Increment(byLanguage, language ?? "unknown");
            var started = Day(c.StartedAt!.Value);
            started.Conversations++;
            if (handedOffAny) started.HandedOff++;
            if (botResolved) started.BotResolved++;
            hourConversations[BeijingTime.HourOf(c.StartedAt!.Value)]++;
        }

        var firstAll = Percentiles.Of(botFirst.Concat(agentFirst));
        return new QualityMetrics(
            range.From, range.To,
            Conversations: conversations,
            Turns: turns,
            Handoffs: handoffCount,
            HandedOffConversations: handedOff,
            HandoffRate: Ratio.Of(handedOff, conversations),
            BotResolvedConversations: resolved,
            ReopenedConversations: reopened,
            BotResolutionRate: Ratio.Of(resolved, conversations),
            HandoffsByReason: Ranked(byReason),
            Csat: Ratio.Of(good, stars.Count),
            Ratings: stars.Count,
            AverageStars: Ratio.Mean(stars),
            RatingDistribution: Enumerable.Range(1, 5).ToDictionary(n => n.ToString(), n => distribution[n]),
            FirstResponseMs: new FirstResponse(firstAll.P50, firstAll.P95, Percentiles.Of(botFirst), Percentiles.Of(agentFirst)),
            QueueWaitMs: Percentiles.Of(queueWaits),
            HandoffsClosed: closeCount,
            AverageHandleMs: Ratio.Mean(handles),
            Recommendations: new RecommendationFigures(impressions, clicks, carted, Ratio.Of(clicks, impressions), Ratio.Of(carted, impressions)),
            TurnsByIntent: Ranked(byIntent),
            ConversationsByLanguage: Ranked(byLanguage),
            ByDay: range.Days().Select(day =>
            {
                var d = days.GetValueOrDefault(day) ?? new DayCounts();
                return new DayTrend(day, d.Conversations, d.Handoffs, Ratio.Of(d.HandedOff, d.Conversations), d.BotResolved, d.Ratings, Ratio.Of(d.Good, d.Ratings));
            }).ToList(),
            ByHour: Enumerable.Range(0, 24).Select(h => new HourTrend(h, hourConversations[h], hourHandoffs[h])).ToList());
    }

    private sealed class DayCounts
    {
        public int Conversations, Handoffs, HandedOff, BotResolved, Ratings, Good;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Most frequent first, ties by key: the order <see cref="CountBy"/> gives.</summary>
    private static IReadOnlyDictionary<string, int> Ranked(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);

    internal static IReadOnlyDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
