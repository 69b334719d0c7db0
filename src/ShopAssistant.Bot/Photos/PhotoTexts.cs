using System.Globalization;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Bot.Photos;

/// <summary>What a shopper is told about a photo, in their language ("zh" or "en"), from data/shop-texts.json.</summary>
public static class PhotoTexts
{
    public static string Refused(string? language, PhotoRefusal refusal, PhotoOptions options) =>
        ShopTexts.Default.Say("photo.refused." + Key(refusal), language == "en" ? ShopLanguage.En : ShopLanguage.Zh,
            ("maxMb", (options.MaxBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)),
            ("max", refusal == PhotoRefusal.TooManyInMessage ? options.MaxPerMessage : options.MaxPerConversation));

    private static string Key(PhotoRefusal refusal) => refusal switch
    {
        PhotoRefusal.Empty => "empty",
        PhotoRefusal.TooLarge => "tooLarge",
        PhotoRefusal.NotAnImage => "notAnImage",
        PhotoRefusal.BadEncoding => "badEncoding",
        PhotoRefusal.TooManyInMessage => "tooManyInMessage",
        PhotoRefusal.TooManyInConversation => "tooManyInConversation",
        _ => "remoteLink",
    };
}
