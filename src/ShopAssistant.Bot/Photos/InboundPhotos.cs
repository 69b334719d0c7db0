using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Photos;

/// <summary>One photo attachment of an inbound activity: where it sits in the attachments array, and its bytes.</summary>
internal sealed record InboundPhoto(int Index, byte[] Bytes);

/// <summary>
/// The photos of an activity that came to /api/messages. Inline data: URIs are accepted; a link (contentUrl with http…) is
/// refused, because fetching what a stranger points at is a way into the shop's network (SSRF) and no channel here needs it.
/// </summary>
internal static class InboundPhotos
{
    public static (IReadOnlyList<InboundPhoto> Photos, PhotoRefusal? Refusal) Read(JObject body, PhotoIntake intake)
    {
        if (body["attachments"] is not JArray attachments) return ([], null);
        var photos = new List<InboundPhoto>();
        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i] is not JObject attachment) continue;
            var type = attachment["contentType"] is JValue { Type: JTokenType.String } t ? (string?)t : null;
            var url = attachment["contentUrl"] is JValue { Type: JTokenType.String } u ? (string?)u : null;
            var isData = url?.StartsWith("data:", StringComparison.OrdinalIgnoreCase) == true;
            if (!isData && type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) != true) continue;
            if (!isData) return ([], url is { Length: > 0 } ? PhotoRefusal.RemoteLink : PhotoRefusal.BadEncoding);
            if (PhotoAttachments.DataUriBytes(url) is not { } bytes) return ([], PhotoRefusal.BadEncoding);
            photos.Add(new InboundPhoto(i, bytes));
        }
        if (photos.Count == 0) return ([], null);
        return intake.Inspect(photos.Select(p => p.Bytes).ToList()) is { } refusal ? ([], refusal) : (photos, null);
    }

    /// <summary>The body with each photo attachment replaced by the shop's link to the kept photo.</summary>
    public static void Replace(JObject body, IReadOnlyList<InboundPhoto> photos, IReadOnlyList<PhotoInfo> kept)
    {
        var attachments = (JArray)body["attachments"]!;
        for (var i = 0; i < photos.Count; i++)
            attachments[photos[i].Index] = JObject.FromObject(PhotoAttachments.For(kept[i]), BotJson.Serializer);
    }
}
