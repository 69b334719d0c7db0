namespace ShopAssistant.Quality;

/// <summary>
/// The conversations of one range as of one state of the log (its watermark), and the metrics computed from them once.
/// Shared by every request that asks for the range until the log grows; read-only for all of them.
/// </summary>
internal sealed record GroupedRange(DateRange Range, long Watermark, Dictionary<string, ConversationFacts> Conversations, DateTimeOffset? LastFirstAt)
{
    /// <summary>A new event past this many of the slice's events is cheaper to take by grouping again than by copying.</summary>
    private const int RegroupShare = 8;

    public Lazy<QualityMetrics> Metrics { get; private init; } = null!;

    private static GroupedRange Create(DateRange range, long watermark, Dictionary<string, ConversationFacts> conversations, DateTimeOffset? lastFirstAt) =>
        new(range, watermark, conversations, lastFirstAt)
        {
            Metrics = new Lazy<QualityMetrics>(() => MetricsCalculator.Compute(conversations, range), LazyThreadSafetyMode.ExecutionAndPublication),
        };

    private static (DateTimeOffset From, DateTimeOffset To) SliceOf(DateRange range) => (range.From, range.To + MetricsCalculator.LookAhead);

    public static GroupedRange Build(EventProjection.View view, DateRange range)
    {
        var (from, to) = SliceOf(range);
        var conversations = ConversationFacts.GroupParsed(view.Slice(from, to), range);
        DateTimeOffset? lastFirstAt = conversations.Count == 0 ? null : conversations.Values.Max(c => c.FirstAt);
        return Create(range, view.Watermark, conversations, lastFirstAt);
    }

    /// <summary>
    /// This grouping brought up to <paramref name="view"/>: the events that arrived since are added to copies of their
    /// conversations, which gives the very grouping <see cref="Build"/> would as long as each new event comes after every
    /// event its conversation has, and a new conversation after the first event of every other one (the dictionary keeps
    /// conversations in the order of their first events, and sums over it keep that order). A late-written earlier event
    /// (the simulate verb) breaks that, and then the range is grouped again.
    /// </summary>
    public GroupedRange Advance(EventProjection.View view)
    {
        if (view.Watermark <= Watermark) return this;
        var (lo, hi) = view.Bounds(SliceOf(Range).From, SliceOf(Range).To);
        var arrived = new List<EventFacts>();
        for (var i = lo; i < hi; i++)
            if (view.Ids[i] > Watermark) arrived.Add(view.Facts[i]);
        // Nothing new inside the slice: the same conversations and metrics hold for the newer watermark.
        if (arrived.Count == 0) return this with { Watermark = view.Watermark };
        if (arrived.Count * RegroupShare > hi - lo || !InOrder(arrived)) return Build(view, Range);

        var conversations = new Dictionary<string, ConversationFacts>(Conversations, StringComparer.Ordinal);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var lastFirstAt = LastFirstAt;
        foreach (var e in arrived)
        {
            if (!conversations.TryGetValue(e.ConversationId, out var c))
            {
                conversations[e.ConversationId] = c = new ConversationFacts(e.ConversationId);
                copied.Add(e.ConversationId);
                lastFirstAt = e.At;
            }
            else if (copied.Add(e.ConversationId))
            {
                conversations[e.ConversationId] = c = c.Clone();
            }
            c.Add(e, Range);
        }
        return Create(Range, view.Watermark, conversations, lastFirstAt);
    }

    /// <summary>True when adding the arrived events (in slice order) lands each where a full grouping would put it.</summary>
    private bool InOrder(List<EventFacts> arrived)
    {
        var lastFirstAt = LastFirstAt;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in arrived)
        {
            // Ties go after: an arrived event has a larger id than every event of this grouping.
            if (Conversations.TryGetValue(e.ConversationId, out var c))
            {
                if (seen.Add(e.ConversationId) && e.At < c.LastAt) return false;
            }
            else if (seen.Add(e.ConversationId))
            {
                if (lastFirstAt is { } last && e.At < last) return false;
                lastFirstAt = e.At;
            }
        }
        return true;
    }
}

/// <summary>
/// The latest grouping of the last few ranges asked for, so that the requests of one dashboard refresh share one and
/// a refresh after new events only adds them. Concurrent callers of one range wait for the one computation.
/// </summary>
internal sealed class RangeGroupings(int capacity)
{
    private readonly Lock _lock = new();
    /// <summary>Most recently used last. A grouping of a busy week holds every conversation's facts, so keep few.</summary>
    private readonly List<(DateRange Range, long Watermark, Lazy<GroupedRange> Grouping)> _entries = [];

    public GroupedRange Get(EventProjection.View view, DateRange range)
    {
        Lazy<GroupedRange> grouping;
        lock (_lock)
        {
            // EqualsExact: a report repeats its range's offsets, so the same instants written in another offset are another key.
            var found = _entries.FindIndex(e => e.Range.From.EqualsExact(range.From) && e.Range.To.EqualsExact(range.To));
            var previous = found >= 0 ? _entries[found] : default;
            if (found >= 0) _entries.RemoveAt(found);
            if (found >= 0 && previous.Watermark >= view.Watermark)
            {
                // Up to date, or newer than this caller's view (another request caught up meanwhile): just as valid.
                grouping = previous.Grouping;
                _entries.Add(previous);
            }
            else
            {
                var before = found >= 0 ? previous.Grouping : null;
                grouping = new Lazy<GroupedRange>(() => before is null ? GroupedRange.Build(view, range) : before.Value.Advance(view),
                    LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add((range, view.Watermark, grouping));
                if (_entries.Count > capacity) _entries.RemoveAt(0);
            }
        }
        try
        {
            return grouping.Value;
        }
        catch
        {
            // Lazy keeps a thrown exception; the next caller should group afresh rather than inherit it.
            lock (_lock) _entries.RemoveAll(e => ReferenceEquals(e.Grouping, grouping));
            throw;
        }
    }
}
