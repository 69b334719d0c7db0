using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;

namespace ShopAssistant.AI;

/// <summary>
/// The "ShopAssistant.AI" meter for operators (dotnet-counters, OpenTelemetry), and the same counts since start for the
/// dashboard's live panel: turns by route, model calls by outcome, tokens, and the breaker's state.
/// </summary>
public sealed class ModelTelemetry : IDisposable
{
    public const string MeterName = "ShopAssistant.AI";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Dictionary<string, long> _turnCounts = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public ModelTelemetry(ModelGate gate, IMeterFactory? meters = null)
    {
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _turns = _meter.CreateCounter<long>("shopassistant.ai.turns", "{turn}", "Shopper turns by the way they were answered (route).");
        _calls = _meter.CreateCounter<long>("shopassistant.ai.model_calls", "{call}", "Model calls by purpose and outcome.");
        _tokens = _meter.CreateCounter<long>("shopassistant.ai.tokens", "{token}", "Tokens spent, by purpose and direction (input/output).");
        _meter.CreateObservableGauge("shopassistant.ai.breaker_state", () => BreakerCode(gate.BreakerState), "{state}",
            "The model circuit breaker: 0 closed, 1 half-open, 2 open, 3 isolated.");
        _meter.CreateObservableGauge("shopassistant.ai.unavailable_seconds",
            () => gate.UnavailableSince is { } since ? (gate.Clock.GetUtcNow() - since).TotalSeconds : 0, "s",
            "How long the model has been unavailable (0 while it answers).");
    }

    /// <summary>The meter itself, for listeners in tests.</summary>
    public Meter Meter => _meter;

    public void Turn(string route)
    {
        _turns.Add(1, new KeyValuePair<string, object?>("route", route));
        lock (_lock) _turnCounts[route] = _turnCounts.GetValueOrDefault(route) + 1;
    }

    public void Call(string purpose, ModelOutcome outcome, ModelUsage usage)
    {
        _calls.Add(1, new("purpose", purpose), new("outcome", outcome.ToString()));
        if (usage.InputTokens > 0) _tokens.Add(usage.InputTokens, new("purpose", purpose), new("direction", "input"));
        if (usage.OutputTokens > 0) _tokens.Add(usage.OutputTokens, new("purpose", purpose), new("direction", "output"));
    }

    /// <summary>Turns by route since this process started.</summary>
    public IReadOnlyDictionary<string, long> TurnsSinceStart()
    {
        lock (_lock) return new Dictionary<string, long>(_turnCounts, StringComparer.Ordinal);
    }

    public static int BreakerCode(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        CircuitState.Open => 2,
        _ => 3,
    };

    public void Dispose() => _meter.Dispose();
}
