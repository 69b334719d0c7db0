namespace ShopAssistant.Data;

/// <summary>A photo a shopper sent, without its bytes: what the console lists and the export shows.</summary>
public sealed record PhotoInfo(string Id, string ConversationId, string ShopperId, string ContentType, long SizeBytes, DateTimeOffset At);

/// <summary>A photo with its bytes, as it is stored and served.</summary>
public sealed record StoredPhoto(PhotoInfo Info, byte[] Bytes);

/// <summary>What became of a batch of photos: all kept (a redelivered one counts once), or none because of the cap.</summary>
public sealed record PhotoSaveResult(bool Saved, int AlreadyInConversation);

/// <summary>
/// Photos shoppers send, kept in the shop's database beside their conversation's transcript, so that every instance of a
/// scaled-out shop serves them and the shopper's erasure and the transcript retention remove them with the rest.
/// </summary>
public interface IPhotoStore
{
    /// <summary>
    /// Stores every photo of one message, or none when the conversation would then hold more than
    /// <paramref name="maxPerConversation"/>. All photos of a batch belong to the same conversation. An id already stored
    /// (a channel's redelivery) is neither stored again nor counted again.
    /// </summary>
    Task<PhotoSaveResult> SaveAsync(IReadOnlyList<StoredPhoto> photos, int maxPerConversation, CancellationToken ct = default);

    Task<StoredPhoto?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The conversation's photos, oldest first, without their bytes.</summary>
    Task<IReadOnlyList<PhotoInfo>> ListAsync(string conversationId, CancellationToken ct = default);
}
