using System.ComponentModel.DataAnnotations;
namespace ShopAssistant.AI;

/// <summary>
/// ShopAssistant:Llm:Resilience: how the shop protects shoppers from a slow or failing model. The defaults
/// let a hung endpoint cost the first few turns their model share, never every turn.
/// </summary>
public sealed class ModelResilienceOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Llm:Resilience";

    /// <summary>Share of failed or timed-out calls within the sampling window that opens the breaker.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls the window must hold before the ratio counts (Polly's minimum is 2).</summary>
    public int MinimumThroughput { get; set; } = 3;

    public double SamplingSeconds { get; set; } = 30;

    /// <summary>How long the breaker stays open before one probe call is let through.</summary>
    public double BreakSeconds { get; set; } = 30;

    /// <summary>Model calls in flight at once (bulkhead); a turn beyond them is answered offline at once.</summary>
    public int MaxConcurrentCalls { get; set; } = 8;

    /// <summary>What a shopper's turn may take in all.</summary>
    public double TurnBudgetSeconds { get; set; } = 6;

    /// <summary>The model's share of the turn budget; the rest is left for the offline answer and sending.</summary>
    public double ModelShareOfTurn { get; set; } = 0.75;

    /// <summary>A Retry-After longer than this is read as this (a provider saying "come back tomorrow" is an outage).</summary>
    public double MaxRetryAfterSeconds { get; set; } = 300;

    /// <summary>The dashboard raises an alert when the model has been unavailable longer than this.</summary>
    public double UnavailableAlertMinutes { get; set; } = 3;

    public TimeSpan ModelShare => TimeSpan.FromSeconds(TurnBudgetSeconds * ModelShareOfTurn);

    /// <summary>Null when valid, else what is wrong, naming the key.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Problem() is { } problem) yield return new(problem);
    }

    private string? Problem() =>
        FailureRatio is <= 0 or > 1 ? $"{Section}:FailureRatio must be in (0, 1]"
        : MinimumThroughput < 2 ? $"{Section}:MinimumThroughput must be at least 2"
        : SamplingSeconds < 0.5 ? $"{Section}:SamplingSeconds must be at least 0.5"
        : BreakSeconds < 0.5 ? $"{Section}:BreakSeconds must be at least 0.5"
        : MaxConcurrentCalls < 1 ? $"{Section}:MaxConcurrentCalls must be at least 1"
        : TurnBudgetSeconds <= 0 ? $"{Section}:TurnBudgetSeconds must be positive"
        : ModelShareOfTurn is <= 0 or > 1 ? $"{Section}:ModelShareOfTurn must be in (0, 1]"
        : MaxRetryAfterSeconds <= 0 ? $"{Section}:MaxRetryAfterSeconds must be positive"
        : UnavailableAlertMinutes <= 0 ? $"{Section}:UnavailableAlertMinutes must be positive"
        : null;
}

/// <summary>ShopAssistant:Llm:Cost: prices to estimate what the model costs, and an optional daily token budget.</summary>
public sealed class ModelCostOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Llm:Cost";

    /// <summary>Price of 1,000 input (prompt) tokens, in the shop's currency.</summary>
    public decimal InputPer1kTokens { get; set; }

    /// <summary>Price of 1,000 output (completion) tokens.</summary>
    public decimal OutputPer1kTokens { get; set; }

    public string Currency { get; set; } = "CNY";

    /// <summary>Tokens a Beijing day may spend; past it the offline policy answers until midnight. 0: no budget.</summary>
    public long DailyTokenBudget { get; set; }

    public decimal CostOf(long inputTokens, long outputTokens) => (inputTokens * InputPer1kTokens + outputTokens * OutputPer1kTokens) / 1000m;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Problem() is { } problem) yield return new(problem);
    }

    private string? Problem() =>
        InputPer1kTokens < 0 || OutputPer1kTokens < 0 ? $"{Section}: prices must not be negative"
        : DailyTokenBudget < 0 ? $"{Section}:DailyTokenBudget must not be negative (0: none)"
        : null;
}
