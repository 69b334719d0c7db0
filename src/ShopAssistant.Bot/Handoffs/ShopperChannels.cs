using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>
/// Reaches a shopper outside their own turn (agent replies, status changes): the web chat through its adapter,
/// any other channel proactively through the conversation's serviceUrl via the Bot Framework adapter.
/// </summary>
public interface IShopperChannels
{
    Task ContinueAsync(Handoff handoff, BotCallbackHandler callback, CancellationToken ct);

    /// <summary>The same for any conversation, from a stored reference.</summary>
    Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken ct);
}

public sealed class ShopperChannels(ShopCloudAdapter cloud, WebChatAdapter webChat, IConfiguration configuration) : IShopperChannels
{
    public Task ContinueAsync(Handoff handoff, BotCallbackHandler callback, CancellationToken ct)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(handoff.ReferenceJson)
            ?? throw new InvalidOperationException($"Handoff {handoff.Id} has no conversation reference.");
        return ContinueAsync(reference, callback, ct);
    }

    public Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken ct)
    {
        return reference.ChannelId == WebChatAdapter.ChannelId
            ? webChat.ContinueConversationAsync(reference.Bot?.Id ?? "shopassistant", reference, callback, ct)
            : cloud.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? "", reference, callback, ct);
    }
}
