using Microsoft.Bot.Schema;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// The key a conversation is stored under (transcripts, handoffs, events, owners): the channel and the channel's
/// conversation id, so that the same id on two channels is two conversations. The web chat's own ids are minted and
/// signed by the server ("web-…", never with a colon) and keep their plain form, which no other channel can produce.
/// </summary>
public static class ConversationKeys
{
    public static string Of(string? channelId, string conversationId) =>
        channelId == WebChat.WebChatAdapter.ChannelId ? conversationId : $"{channelId}:{conversationId}";

    public static string Of(IActivity activity) => Of(activity.ChannelId, activity.Conversation.Id);

    /// <summary>A channel's user, for per-shopper limits: the same user id on two channels are two users.</summary>
    public static string ChannelUser(string? channelId, string? userId) => $"{channelId}:{userId}";
}
