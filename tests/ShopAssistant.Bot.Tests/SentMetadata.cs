using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ShopAssistant.Bot.Tests;

/// <summary>Reads the bot's metadata (channelData.shopAssistant) back off a reply, as a channel would see it.</summary>
internal static class SentMetadata
{
    public static JObject? Of(IActivity activity) =>
        activity.ChannelData is JObject data ? data[ReplyActivities.MetadataKey] as JObject : null;
}
