using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ShopAssistant.Assistant;

/// <summary>
/// The "ShopAssistant.Assistant" meter and activity source for operators: how long a shopper's turn takes to answer
/// (understanding, escalation rules, policy, frame; not the channel's send) by policy and route, and what shoppers ask
/// about (the reply's intent). The dashboard counts the same from the event log; this is the live, per-instance view.
/// </summary>
public sealed class AssistantTelemetry : IDisposable
{
    public const string MeterName = "ShopAssistant.Assistant";

    /// <summary>One span per turn ("shopassistant.turn"); nothing is created unless a tracer listens (OTLP configured).</summary>
    public static readonly ActivitySource Source = new(MeterName);

    // Seconds: an offline turn takes milliseconds, a model's turn up to the budget (6 s by default).
    private static readonly double[] TurnBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 6, 10];

    private readonly Meter _meter;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _intents;

    public AssistantTelemetry(IMeterFactory? meters = null)
    {
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _turnDuration = _meter.CreateHistogram("shopassistant.assistant.turn.duration", "s",
            "Time to answer a shopper's turn, by policy (offline/llm), route and whether it was handed to a person.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = TurnBuckets });
        _intents = _meter.CreateCounter<long>("shopassistant.assistant.intents", "{turn}",
            "Shopper turns by the intent of the reply (contract 3's closed set) and language.");
    }

    /// <summary>The meter itself, for listeners in tests.</summary>
    public Meter Meter => _meter;

    public static Activity? StartTurn() => Source.StartActivity("shopassistant.turn", ActivityKind.Internal);

    public void Turn(TimeSpan took, AssistantReply reply, Activity? span = null)
    {
        var m = reply.Metadata;
        var handoff = m.Handoff ? "true" : "false";
        _turnDuration.Record(took.TotalSeconds,
            new("policy", m.Policy), new("route", reply.Route), new("handoff", handoff));
        _intents.Add(1, new KeyValuePair<string, object?>("intent", m.Intent), new("language", m.Language));
        if (span is null) return;
        span.SetTag("shopassistant.intent", m.Intent);
        span.SetTag("shopassistant.language", m.Language);
        span.SetTag("shopassistant.policy", m.Policy);
        span.SetTag("shopassistant.route", reply.Route);
        span.SetTag("shopassistant.handoff", m.Handoff);
        if (m.HandoffReason is { } reason) span.SetTag("shopassistant.handoff_reason", reason);
    }

    public void Dispose() => _meter.Dispose();
}
