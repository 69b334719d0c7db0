namespace ShopAssistant.Understanding;

/// <summary>
/// How long one of our patterns may run on one message. The patterns have no nested quantifiers and messages are
/// capped, so a real match takes microseconds; the budget only stops a pathological input. It must stay generous:
/// on a loaded machine a thread can be descheduled for a few hundred milliseconds, and a budget that small once
/// made a phone suffix silently unreadable.
/// </summary>
internal static class PatternBudget
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
}
