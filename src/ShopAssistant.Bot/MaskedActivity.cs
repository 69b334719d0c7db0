using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Bot;

/// <summary>
/// An activity as it may be kept: every free-text value (text, speak, attachments, card values, channelData…) with
/// personal data masked. The live activity is never changed — the bot still reads the order number
/// and the phone's last four digits from it — only the copy that is stored or shown to staff is masked.
/// </summary>
internal static class MaskedActivity
{
    // Addressing and protocol fields: ids and URLs that routing, ownership and export rely on, never shopper prose.
    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "channelId", "serviceUrl", "timestamp", "localTimestamp", "localTimezone", "replyToId", "locale",
        "role", "aadObjectId", "tenantId", "conversationType", "callerId", "deliveryMode", "textFormat", "inputHint",
        "contentType", "contentUrl", "thumbnailUrl", "name", "valueType", "action",
    };

    /// <summary>The masked text and the masked JSON of the activity.</summary>
    public static (string? Text, string Json) Of(Activity activity)
    {
        var json = JObject.FromObject(activity, BotJson.Serializer);
        MaskStrings(json);
        return (activity.Text is null ? null : PersonalData.Mask(activity.Text), json.ToString(Formatting.None));
    }

    private static void MaskStrings(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    // The shape of "from", "recipient" and "conversation" is addressing: their names are display names
                    // chosen by the channel, and ids must stay exact.
                    if (property.Value.Type == JTokenType.String && Structural.Contains(property.Name)) continue;
                    MaskStrings(property.Value);
                }
                break;
            case JArray array:
                foreach (var item in array) MaskStrings(item);
                break;
            case JValue { Type: JTokenType.String } value when value.Value is string text:
                value.Value = PersonalData.Mask(text);
                break;
        }
    }
}
