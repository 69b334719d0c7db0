using Polly.CircuitBreaker;

namespace ShopAssistant.AI;

/// <summary>
/// The model as the manager's dashboard shows it now (this instance): configured or not, the breaker's state, since when
/// it has been unavailable and whether that is long enough to alert, today's tokens against the budget, and the turns
/// answered by each route since this process started.
/// </summary>
public sealed record ModelHealth(
    bool Configured,
    string Breaker,
    DateTimeOffset? UnavailableSince,
    DateTimeOffset? RetryAfterUntil,
    bool Alert,
    double AlertAfterMinutes,
    long TodayTokens,
    long DailyTokenBudget,
    IReadOnlyDictionary<string, long> TurnsSinceStart)
{
    public static ModelHealth Of(ShopModel model, DateTimeOffset now)
    {
        var gate = model.Gate;
        var since = model.Enabled ? gate.UnavailableSince : null;
        var alertAfter = gate.Options.UnavailableAlertMinutes;
        return new ModelHealth(
            model.Enabled,
            !model.Enabled ? "not_configured" : Name(gate.BreakerState),
            since,
            gate.BackoffUntil > now ? gate.BackoffUntil : null,
            since is { } s && now - s > TimeSpan.FromMinutes(alertAfter),
            alertAfter,
            model.Usage.TodayTokens,
            model.Usage.Cost.DailyTokenBudget,
            model.Telemetry.TurnsSinceStart());
    }

    private static string Name(CircuitState state) => state switch
    {
        CircuitState.Closed => "closed",
        CircuitState.HalfOpen => "half_open",
        CircuitState.Open => "open",
        _ => "isolated",
    };
}
