using Microsoft.Bot.Builder;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// Who sent the turn's activity, as far as the server could verify: the customer id of a checked shopper token (or
/// none: a guest) and the client that limits count against. Carried in the turn state by the adapter that verified it.
/// </summary>
public sealed record ShopperIdentity(int? CustomerId, string ClientKey)
{
    private const string TurnStateKey = "ShopAssistant.ShopperIdentity";

    public void AttachTo(ITurnContext turnContext) => turnContext.TurnState[TurnStateKey] = this;

    /// <summary>The identity attached to the turn; without one, a guest known only by the channel's user id.</summary>
    public static ShopperIdentity Of(ITurnContext turnContext) =>
        turnContext.TurnState.Get<ShopperIdentity>(TurnStateKey)
        ?? new ShopperIdentity(null, ConversationKeys.ChannelUser(turnContext.Activity.ChannelId, turnContext.Activity.From?.Id));
}
