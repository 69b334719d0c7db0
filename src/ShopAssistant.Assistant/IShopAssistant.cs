namespace ShopAssistant.Assistant;

/// <summary>The assistant behind the bot: one shopper message in, one reply out.</summary>
public interface IShopAssistant
{
    /// <summary>The first thing a new conversation hears (handbook §8.1: greet and name the shop).</summary>
    AssistantReply Welcome(string? locale);

    Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default);
}
