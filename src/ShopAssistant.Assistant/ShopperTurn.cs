namespace ShopAssistant.Assistant;

/// <summary>
/// One message from a shopper, as the assistant sees it. ShopperId is the channel's user id: a demo customer's
/// id when the channel has authenticated them, otherwise an anonymous id (a guest).
/// </summary>
public sealed record ShopperTurn(string ConversationId, string ShopperId, string Text, string? Locale = null);
