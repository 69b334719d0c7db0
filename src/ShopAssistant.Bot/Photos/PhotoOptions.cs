using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Bot.Photos;

/// <summary>ShopAssistant:Photos: how big a photo a shopper may send, and how many (issue 14).</summary>
public sealed class PhotoOptions
{
    public const string Section = "ShopAssistant:Photos";

    /// <summary>Largest photo, in bytes (default 5 MB).</summary>
    [Range(1, 20 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Photos one conversation may hold; past it a photo is refused politely.</summary>
    [Range(1, 100)]
    public int MaxPerConversation { get; set; } = 10;

    /// <summary>Photos one message may carry (an upload, or one activity's attachments).</summary>
    [Range(1, 10)]
    public int MaxPerMessage { get; set; } = 3;
}
