using Microsoft.Bot.Schema;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Photos;

/// <summary>
/// A kept photo as an activity attachment: its content type and the shop's own URL for it, which only the conversation's
/// shopper and signed-in staff can open. Every photo in a stored activity is such a link, never the image itself.
/// </summary>
public static class PhotoAttachments
{
    public const string UrlPrefix = "/api/photos/";

    public static string Url(string id) => UrlPrefix + id;

    public static Attachment For(PhotoInfo photo) => new() { ContentType = photo.ContentType, ContentUrl = Url(photo.Id), Name = "photo" };

    /// <summary>The ids of the shop's photos an activity carries.</summary>
    public static IReadOnlyList<string> IdsIn(IActivity activity) =>
        (activity as IMessageActivity)?.Attachments?.Select(a => a.ContentUrl).OfType<string>()
            .Where(StoredActivity.IsPhotoLink).Select(url => url[UrlPrefix.Length..]).ToList() ?? [];

    /// <summary>An attachment a channel sends as a photo: an image type, or inline data whatever type it claims.</summary>
    public static bool IsPhoto(Attachment attachment) =>
        attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
        || attachment.ContentUrl?.StartsWith("data:", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The bytes of a data: URI in base64, or null when it is not one or its base64 is broken.</summary>
    public static byte[]? DataUriBytes(string? uri)
    {
        if (uri is null || !uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return null;
        var comma = uri.IndexOf(',');
        if (comma < 0 || !uri.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Convert.FromBase64String(uri[(comma + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
