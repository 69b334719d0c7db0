namespace ShopAssistant.Bot.Photos;

/// <summary>Why a photo was not accepted; each has its own sentence for the shopper (<see cref="PhotoTexts"/>).</summary>
public enum PhotoRefusal { Empty, TooLarge, NotAnImage, BadEncoding, TooManyInMessage, TooManyInConversation, RemoteLink }

/// <summary>
/// What a photo really is, read from its first bytes: the declared type (a file name, a Content-Type, a data: URI's
/// media type) is the sender's claim and is never trusted. Only JPEG, PNG and WebP are photos here.
/// </summary>
public static class PhotoCheck
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Webp = "image/webp";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The sniffed content type, or null when the bytes are none of the three.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return Jpeg;
        if (bytes.StartsWith(PngSignature)) return Png;
        // RIFF <size> WEBP
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return Webp;
        return null;
    }

    /// <summary>The refusal for one photo's bytes, or null with its sniffed type.</summary>
    public static PhotoRefusal? Refusal(ReadOnlySpan<byte> bytes, int maxBytes, out string contentType)
    {
        contentType = "";
        if (bytes.IsEmpty) return PhotoRefusal.Empty;
        if (bytes.Length > maxBytes) return PhotoRefusal.TooLarge;
        if (Sniff(bytes) is not { } sniffed) return PhotoRefusal.NotAnImage;
        contentType = sniffed;
        return null;
    }
}
