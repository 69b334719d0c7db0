using System.Diagnostics;
using System.Diagnostics.Metrics;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>
/// The "ShopAssistant.Handoffs" meter: conversations handed to a person, how many wait in the queue now, and how long
/// each waited until an agent claimed it. The queue is the shared one (every instance reads the same store), so the
/// gauge is the same on every instance; it is re-read when a metrics reader asks and the last reading is older than
/// <see cref="QueueReadEvery"/>, and after every change this instance makes, never on a timer of its own.
/// </summary>
public sealed class HandoffTelemetry : IDisposable
{
    public const string MeterName = "ShopAssistant.Handoffs";

    /// <summary>How stale the queue length may be when a reader asks (a claim on another instance shows within this).</summary>
    public static readonly TimeSpan QueueReadEvery = TimeSpan.FromSeconds(5);

    // Seconds: in service hours most handoffs are claimed in seconds to minutes; after hours they wait until morning.
    private static readonly double[] WaitBuckets = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 16 * 3600];

    private readonly IHandoffStore _store;
    private readonly Meter _meter;
    private readonly Counter<long> _created;
    private readonly Histogram<double> _wait;
    private long _waiting = -1;
    private long _readAt;
    private int _reading;

    public HandoffTelemetry(IHandoffStore store, IMeterFactory? meters = null)
    {
        _store = store;
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _created = _meter.CreateCounter<long>("shopassistant.handoffs.created", "{handoff}",
            "Conversations handed to a person, by reason (handbook H3) and whether outside service hours.");
        _wait = _meter.CreateHistogram("shopassistant.handoffs.wait", "s",
            "Time a handoff waited in the queue until an agent claimed it, by reason and whether it came outside service hours.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });
        _meter.CreateObservableGauge("shopassistant.handoffs.queue_length", QueueLength, "{handoff}",
            "Handoffs waiting for an agent now (all instances' shared queue).");
    }

    /// <summary>The meter itself, for listeners in tests.</summary>
    public Meter Meter => _meter;

    /// <summary>A handoff was queued; <paramref name="waiting"/> is the queue the desk just read (it tells the shopper their place).</summary>
    public void Created(Handoff handoff, int waiting)
    {
        _created.Add(1, Tags(handoff));
        Read(waiting);
    }

    /// <summary>An agent claimed it: its wait is recorded, and the queue is one shorter until the next reading says otherwise.</summary>
    public void Claimed(Handoff handoff, DateTimeOffset at)
    {
        _wait.Record(Math.Max(0, (at - handoff.CreatedAt).TotalSeconds), Tags(handoff));
        if (Interlocked.Read(ref _waiting) > 0) Interlocked.Decrement(ref _waiting);
        Interlocked.Exchange(ref _readAt, 0);
    }

    /// <summary>Reads the queue length from the store now.</summary>
    public async Task ReadQueueAsync(CancellationToken ct = default) =>
        Read((await _store.ListAsync(HandoffStatus.Waiting, 10_000, ct).ConfigureAwait(false)).Count);

    private void Read(int waiting)
    {
        Interlocked.Exchange(ref _waiting, waiting);
        // Wall time, not the shop's clock: this is about how fresh a reading is.
        Interlocked.Exchange(ref _readAt, Stopwatch.GetTimestamp());
    }

    private IEnumerable<Measurement<long>> QueueLength()
    {
        // A reader's callback must not wait on the database: it gets the last reading and starts the next one when stale.
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _readAt)) >= QueueReadEvery && Interlocked.CompareExchange(ref _reading, 1, 0) == 0)
            _ = Task.Run(async () =>
            {
                try { await ReadQueueAsync().ConfigureAwait(false); }
                catch (Exception e) when (e is not OutOfMemoryException) { /* the next collection tries again */ }
                finally { Volatile.Write(ref _reading, 0); }
            });
        var waiting = Interlocked.Read(ref _waiting);
        // Nothing rather than a made-up zero before the first reading.
        return waiting < 0 ? [] : [new Measurement<long>(waiting)];
    }

    private static KeyValuePair<string, object?>[] Tags(Handoff handoff) =>
        [new("reason", handoff.Reason), new("after_hours", handoff.AfterHours ? "true" : "false")];

    public void Dispose() => _meter.Dispose();
}
