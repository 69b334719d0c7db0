namespace ShopAssistant.AI;

/// <summary>How a model call ended. Anything but Answered means the caller uses its own fallback.</summary>
public enum ModelOutcome
{
    Answered,
    NotConfigured,
    Failed,
    TimedOut,
    /// <summary>The breaker is open after repeated failures: not even tried.</summary>
    BreakerOpen,
    /// <summary>The provider asked us to wait (429/503 with Retry-After) and the wait is not over: not tried.</summary>
    ProviderBackoff,
    /// <summary>Too many model calls in flight (the bulkhead): not tried.</summary>
    Busy,
    /// <summary>Today's token budget is spent: not tried until the next Beijing day.</summary>
    DailyBudgetSpent,
}

/// <summary>The model's text (trimmed, null when empty or not answered), how the call ended and the tokens it cost.</summary>
public sealed record ModelAnswer(ModelOutcome Outcome, string? Text, ModelUsage Usage)
{
    public bool Answered => Outcome == ModelOutcome.Answered && Text is not null;

    public static ModelAnswer Not(ModelOutcome outcome) => new(outcome, null, ModelUsage.None);
}

/// <summary>Tokens of one call, all round trips included (a tool call is a second request).</summary>
public sealed record ModelUsage(long InputTokens, long OutputTokens)
{
    public static readonly ModelUsage None = new(0, 0);

    public long Total => InputTokens + OutputTokens;

    public static ModelUsage operator +(ModelUsage a, ModelUsage b) => new(a.InputTokens + b.InputTokens, a.OutputTokens + b.OutputTokens);
}
