namespace ShopAssistant.AI;

/// <summary>
/// Which way a shopper's turn was answered, and why: logged with every turn, counted on the dashboard and in the
/// ShopAssistant.AI meter. Reply metadata keeps only llm/offline (the channel contract); this says why offline.
/// </summary>
public static class TurnRoutes
{
    public const string Llm = "llm";
    /// <summary>No model configured, nothing for it to answer, or its answer was not usable.</summary>
    public const string Offline = "offline";
    public const string BreakerOpen = "offline_breaker_open";
    /// <summary>The model did not answer within its share of the turn budget.</summary>
    public const string OverBudget = "over_budget";
    public const string ProviderBackoff = "offline_retry_after";
    public const string Busy = "offline_busy";
    public const string TokenBudget = "offline_token_budget";
    public const string ModelFailed = "offline_model_failed";

    public static readonly IReadOnlyList<string> All = [Llm, Offline, BreakerOpen, OverBudget, ProviderBackoff, Busy, TokenBudget, ModelFailed];

    public static string For(ModelOutcome outcome) => outcome switch
    {
        ModelOutcome.Answered or ModelOutcome.NotConfigured => Offline,
        ModelOutcome.BreakerOpen => BreakerOpen,
        ModelOutcome.TimedOut => OverBudget,
        ModelOutcome.ProviderBackoff => ProviderBackoff,
        ModelOutcome.Busy => Busy,
        ModelOutcome.DailyBudgetSpent => TokenBudget,
        _ => ModelFailed,
    };
}
