namespace ShopAssistant.Assistant;

/// <summary>
/// One message from a shopper, as the assistant sees it. ShopperId is the channel's user id and proves nothing:
/// anyone can put anything there. CustomerId is set only when the bot layer verified a signed shopper token, and it
/// alone makes the shopper a signed-in customer. ClientKey names the client for guessing limits (the web chat's
/// address, or the channel and user id); without it the shopper id stands in.
/// </summary>
public sealed record ShopperTurn(string ConversationId, string ShopperId, string Text, string? Locale = null, int? CustomerId = null, string? ClientKey = null)
{
    public string Client => ClientKey ?? ShopperId;

    /// <summary>
    /// Called just before the model is asked (not when the breaker, a Retry-After or the token budget keep it out), so
    /// that the channel can show a typing indicator while the model works.
    /// </summary>
    public Func<CancellationToken, Task>? ModelWorking { get; init; }

    /// <summary>How many photos came with this message (kept by the shop and attached to the activity; issue 14).</summary>
    public int Photos { get; init; }

    /// <summary>A turn the host plays to itself at start (the reply rehearsal): answered, but counted in no metric or trace.</summary>
    public bool Rehearsal { get; init; }
}
