using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace ShopAssistant.AI;

/// <summary>
/// Every model call passes this gate: a bulkhead (Polly concurrency limiter, no queue), a circuit breaker
/// over failures and timeouts (Polly), the call's deadline (Polly timeout), and the provider's Retry-After. What it
/// refuses, it refuses at once, so the caller's fallback answers without waiting. Once the break is over, a probe of its
/// own (<see cref="ProbeWith"/>) tests the model in the background while callers are still refused, so no shopper's turn
/// is the one that waits for a model still down. It also remembers since when the model has been unavailable, for the
/// dashboard's alert.
/// </summary>
public sealed class ModelGate
{
    private static readonly ResiliencePropertyKey<TimeSpan> TimeoutKey = new("shop.model.timeout");

    private readonly ModelResilienceOptions _options;
    private readonly TimeProvider _clock;
    private readonly CircuitBreakerStateProvider _breaker = new();
    private readonly ResiliencePipeline _pipeline;
    private readonly object _lock = new();
    private DateTimeOffset _openUntil;
    private DateTimeOffset _backoffUntil;
    private DateTimeOffset? _unavailableSince;
    private Func<Task>? _probe;
    private Task _probing = Task.CompletedTask;

    public ModelGate(ModelResilienceOptions options, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _pipeline = new ResiliencePipelineBuilder { Name = "ShopAssistant.AI", TimeProvider = _clock }
            .AddConcurrencyLimiter(options.MaxConcurrentCalls, queueLimit: 0)
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.SamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.BreakSeconds),
                StateProvider = _breaker,
                // The caller giving up is not the model failing; a Retry-After is honoured by waiting, not by breaking.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e
                    && e is not OperationCanceledException && ProviderSignals.RetryAfter(e, _clock.GetUtcNow()) is null),
                OnOpened = args =>
                {
                    lock (_lock)
                    {
                        _openUntil = _clock.GetUtcNow() + args.BreakDuration;
                        _unavailableSince ??= _clock.GetUtcNow();
                    }
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    lock (_lock) _unavailableSince = _backoffUntil > _clock.GetUtcNow() ? _unavailableSince : null;
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(TimeoutKey, TimeSpan.FromSeconds(30))),
            })
            .Build();
    }

    public ModelResilienceOptions Options => _options;

    /// <summary>The clock the breaker and deadlines run on (a fake one in tests).</summary>
    public TimeProvider Clock => _clock;

    /// <summary>closed, open, half_open or isolated, as Polly reports it.</summary>
    public CircuitState BreakerState => _breaker.CircuitState;

    /// <summary>Since when calls have been failing or refused for the model's sake (null while it answers).</summary>
    public DateTimeOffset? UnavailableSince
    {
        get { lock (_lock) return _unavailableSince; }
    }

    /// <summary>Until when the provider asked us not to call (a past moment when it did not).</summary>
    public DateTimeOffset BackoffUntil
    {
        get { lock (_lock) return _backoffUntil; }
    }

    /// <summary>The background probe in flight, or a completed task.</summary>
    public Task Probing
    {
        get { lock (_lock) return _probing; }
    }

    /// <summary>
    /// The call that tests the model once the break is over; it must run its request through <see cref="ExecuteAsync"/>.
    /// Without one, the first caller after the break is the breaker's probe and waits for it.
    /// </summary>
    internal void ProbeWith(Func<Task> probe) => _probe = probe;

    /// <summary>Why a call must not even start now (null: try). Checked before anything else of the turn's model path.</summary>
    public ModelOutcome? Refusal()
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (now < _backoffUntil) return ModelOutcome.ProviderBackoff;
            if (!_probing.IsCompleted) return ModelOutcome.BreakerOpen;
            if (_breaker.CircuitState is CircuitState.Open or CircuitState.Isolated)
            {
                // Until the break is over nobody calls; after it, our own probe goes and callers stay offline until it answers.
                if (now < _openUntil) return ModelOutcome.BreakerOpen;
                if (_probe is { } probe && _breaker.CircuitState is CircuitState.Open)
                {
                    _probing = Task.Run(probe);
                    return ModelOutcome.BreakerOpen;
                }
            }
        }
        return null;
    }

    /// <summary>Runs one model call through the bulkhead, the breaker and the deadline; refusals and failures become outcomes.</summary>
    public async Task<(ModelOutcome Outcome, T? Value, Exception? Error)> RunAsync<T>(Func<CancellationToken, ValueTask<T>> call, TimeSpan timeout, CancellationToken ct) =>
        Refusal() is { } refused ? (refused, default, null) : await ExecuteAsync(call, timeout, ct).ConfigureAwait(false);

    /// <summary>The call through the pipeline without asking <see cref="Refusal"/> first: for the probe, which it would refuse.</summary>
    internal async Task<(ModelOutcome Outcome, T? Value, Exception? Error)> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, TimeSpan timeout, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(TimeoutKey, timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
        try
        {
            var value = await _pipeline.ExecuteAsync(static async (c, state) => await state(c.CancellationToken).ConfigureAwait(false), context, call).ConfigureAwait(false);
            lock (_lock) _unavailableSince = null;
            return (ModelOutcome.Answered, value, null);
        }
        catch (RateLimiterRejectedException) { return (ModelOutcome.Busy, default, null); }
        catch (BrokenCircuitException) { return (ModelOutcome.BreakerOpen, default, null); }
        catch (TimeoutRejectedException e) { return (ModelOutcome.TimedOut, default, e); }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            if (ProviderSignals.RetryAfter(e, _clock.GetUtcNow()) is { } wait)
            {
                var capped = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds, _options.MaxRetryAfterSeconds));
                lock (_lock)
                {
                    _backoffUntil = _clock.GetUtcNow() + capped;
                    _unavailableSince ??= _clock.GetUtcNow();
                }
                return (ModelOutcome.ProviderBackoff, default, e);
            }
            return (ModelOutcome.Failed, default, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
