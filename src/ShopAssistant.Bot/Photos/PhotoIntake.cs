using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Photos;

/// <summary>Photos kept, or the one reason none of them was.</summary>
public sealed record PhotoIntakeResult(IReadOnlyList<PhotoInfo> Photos, PhotoRefusal? Refusal);

/// <summary>
/// The one way a photo gets in, for the web chat's upload and for /api/messages: every photo of the message checked
/// (sniffed type, size, count per message and per conversation), then all kept or none, so that a refusal changes nothing.
/// </summary>
public sealed class PhotoIntake(IPhotoStore store, IOptions<PhotoOptions> options, TimeProvider clock)
{
    public PhotoOptions Options => options.Value;

    /// <summary>Every photo of one message checked (count, emptiness, size, sniffed type) before anything is kept.</summary>
    public PhotoRefusal? Inspect(IReadOnlyList<byte[]> photos)
    {
        var limits = options.Value;
        if (photos.Count == 0) return PhotoRefusal.Empty;
        if (photos.Count > limits.MaxPerMessage) return PhotoRefusal.TooManyInMessage;
        foreach (var photo in photos)
            if (PhotoCheck.Refusal(photo, limits.MaxBytes, out _) is { } refusal) return refusal;
        return null;
    }

    /// <param name="seed">The activity id when the channel gave one: a redelivery then maps to the same photo ids and is kept once.</param>
    public async Task<PhotoIntakeResult> AcceptAsync(string conversationKey, string shopperId, IReadOnlyList<byte[]> photos, string? seed, CancellationToken ct)
    {
        if (Inspect(photos) is { } refusal) return new([], refusal);
        var now = clock.GetUtcNow();
        var kept = photos.Select((bytes, i) => new StoredPhoto(
            new PhotoInfo(IdOf(conversationKey, seed, i), conversationKey, shopperId, PhotoCheck.Sniff(bytes)!, bytes.Length, now), bytes)).ToList();
        var saved = await store.SaveAsync(kept, options.Value.MaxPerConversation, ct);
        return saved.Saved ? new(kept.Select(p => p.Info).ToList(), null) : new([], PhotoRefusal.TooManyInConversation);
    }

    /// <summary>Unguessable ids; derived from the conversation and the activity id when there is one, random otherwise.</summary>
    private static string IdOf(string conversationKey, string? seed, int index)
    {
        var source = seed is { Length: > 0 } ? Encoding.UTF8.GetBytes($"{conversationKey}\n{seed}\n{index}") : RandomNumberGenerator.GetBytes(32);
        return Convert.ToBase64String(SHA256.HashData(source)[..18]).Replace('+', '-').Replace('/', '_');
    }
}
