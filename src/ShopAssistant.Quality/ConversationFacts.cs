using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>
/// What the event log says about one conversation: its turns, handoffs, closes and ratings, in time order.
/// Built once per report so every metric reads the same grouping.
/// </summary>
public sealed class ConversationFacts(string conversationId)
{
    public string ConversationId { get; } = conversationId;
    public string? ShopperId { get; private set; }
    public List<EventFacts> Turns { get; } = [];
    public List<EventFacts> Handoffs { get; } = [];
    public List<EventFacts> Claims { get; } = [];
    public List<EventFacts> AgentReplies { get; } = [];
    public List<EventFacts> Closes { get; } = [];
    public List<EventFacts> Ratings { get; } = [];

    /// <summary>recommendation_shown, recommendation_clicked and recommendation_added_to_cart events.</summary>
    public List<EventFacts> Recommendations { get; } = [];

    /// <summary>The first turn or handoff inside the range: the moment the conversation counts for (its day and hour).</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset LastAt { get; private set; }

    public bool InRange => StartedAt is not null;

    /// <summary>The time of its first event in the grouping: conversations are grouped in the order of their first events.</summary>
    internal DateTimeOffset FirstAt { get; private set; }

    internal int EventCount { get; private set; }

    /// <summary>
    /// Reopened: a turn came more than <see cref="MetricsCalculator.ReopenGap"/> after the conversation's previous turn,
    /// i.e. the shopper had to come back about it.
    /// </summary>
    public bool Reopened
    {
        get
        {
            for (var i = 1; i < Turns.Count; i++)
                if (Turns[i].At - Turns[i - 1].At > MetricsCalculator.ReopenGap) return true;
            return false;
        }
    }

    public bool HandedOff => Handoffs.Count > 0;

    public bool BotResolved => InRange && !HandedOff && !Reopened;

    public string? Language => Turns.Select(t => t.Language).FirstOrDefault(l => l is not null);

    public IEnumerable<string> Agents => Claims.Select(c => c.Agent).Concat(Closes.Select(c => c.Agent)).OfType<string>().Distinct();

    public int? LastStars => Ratings.Count == 0 ? null : Ratings[^1].Stars;

    /// <summary>Groups events by conversation; only turns and handoffs inside the range make a conversation count.</summary>
    public static Dictionary<string, ConversationFacts> Group(IEnumerable<ShopEvent> events, DateRange range) =>
        GroupParsed(events.Select(EventFacts.Parse).ToList(), range);

    /// <summary>
    /// The same grouping over events parsed already (the projection's slices). The log reads back in time order; facts in
    /// any other order are sorted first (stably, so events of the same millisecond keep the log's order).
    /// </summary>
    public static Dictionary<string, ConversationFacts> GroupParsed(IReadOnlyList<EventFacts> facts, DateRange range)
    {
        var byId = new Dictionary<string, ConversationFacts>(StringComparer.Ordinal);
        foreach (var e in IsSorted(facts) ? facts : facts.OrderBy(f => f.At).ToList())
        {
            if (!byId.TryGetValue(e.ConversationId, out var c)) byId[e.ConversationId] = c = new ConversationFacts(e.ConversationId);
            c.Add(e, range);
        }
        return byId;
    }

    private static bool IsSorted(IReadOnlyList<EventFacts> facts)
    {
        for (var i = 1; i < facts.Count; i++)
            if (facts[i].At < facts[i - 1].At) return false;
        return true;
    }

    /// <summary>A copy that can take more events while readers of this one carry on (lists copied, events shared).</summary>
    internal ConversationFacts Clone()
    {
        var copy = new ConversationFacts(ConversationId)
        {
            ShopperId = ShopperId, StartedAt = StartedAt, LastAt = LastAt, FirstAt = FirstAt, EventCount = EventCount,
        };
        copy.Turns.AddRange(Turns);
        copy.Handoffs.AddRange(Handoffs);
        copy.Claims.AddRange(Claims);
        copy.AgentReplies.AddRange(AgentReplies);
        copy.Closes.AddRange(Closes);
        copy.Ratings.AddRange(Ratings);
        copy.Recommendations.AddRange(Recommendations);
        return copy;
    }

    internal void Add(EventFacts e, DateRange range)
    {
        if (EventCount++ == 0) FirstAt = e.At;
        ShopperId ??= e.Event.ShopperId;
        LastAt = e.At;
        var list = e.Kind switch
        {
            ShopEventKinds.Turn => Turns,
            ShopEventKinds.Handoff => Handoffs,
            ShopEventKinds.HandoffClaimed => Claims,
            ShopEventKinds.AgentMessage => AgentReplies,
            ShopEventKinds.HandoffClosed => Closes,
            ShopEventKinds.Rating => Ratings,
            ShopEventKinds.RecommendationShown or ShopEventKinds.RecommendationClicked or QualityEventKinds.RecommendationAddedToCart => Recommendations,
            _ => null,
        };
        list?.Add(e);
        if (StartedAt is null && e.Kind is ShopEventKinds.Turn or ShopEventKinds.Handoff && range.Contains(e.At)) StartedAt = e.At;
    }
}
