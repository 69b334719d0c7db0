using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabasePhotoStore(SqlDatabase database) : IPhotoStore
{
    private const string InfoColumns =
        "id AS Id, conversation_id AS ConversationId, shopper_id AS ShopperId, content_type AS ContentType, size_bytes AS SizeBytes, at_ms AS AtMs";

    public async Task<PhotoSaveResult> SaveAsync(IReadOnlyList<StoredPhoto> photos, int maxPerConversation, CancellationToken ct = default)
    {
        if (photos.Count == 0) return new PhotoSaveResult(true, 0);
        var conversation = photos[0].Info.ConversationId;
        if (photos.Any(p => p.Info.ConversationId != conversation)) throw new ArgumentException("A batch of photos belongs to one conversation.", nameof(photos));
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        // The count and the inserts are one step against other messages of the same conversation (on any instance).
        await using var tx = await database.SerializeAsync(connection, "photo\n" + conversation, ct);
        var rows = (await connection.QueryAsync<(string Id, long Ordinal)>("SELECT id, ordinal FROM photo WHERE conversation_id = @conversation", new { conversation }, tx)).ToList();
        var stored = rows.Select(r => r.Id).ToHashSet();
        var fresh = photos.Where(p => !stored.Contains(p.Info.Id)).DistinctBy(p => p.Info.Id).ToList();
        if (stored.Count + fresh.Count > maxPerConversation)
        {
            await tx.CommitIfAnyAsync(ct);
            return new PhotoSaveResult(false, stored.Count);
        }
        // The ordinal keeps the order they were sent in, which one message's photos (same millisecond) would otherwise lose.
        var ordinal = rows.Count == 0 ? 0 : rows.Max(r => r.Ordinal) + 1;
        foreach (var photo in fresh)
        {
            var i = photo.Info;
            await connection.ExecuteAsync(
                """
                INSERT INTO photo (id, conversation_id, shopper_id, content_type, size_bytes, bytes, ordinal, at_ms)
                VALUES (@Id, @ConversationId, @ShopperId, @ContentType, @SizeBytes, @Bytes, @Ordinal, @AtMs)
                ON CONFLICT (id) DO NOTHING
                """, new { i.Id, i.ConversationId, i.ShopperId, i.ContentType, i.SizeBytes, photo.Bytes, Ordinal = ordinal++, AtMs = i.At.ToUnixTimeMilliseconds() }, tx);
        }
        await tx.CommitIfAnyAsync(ct);
        return new PhotoSaveResult(true, stored.Count);
    }

    public async Task<StoredPhoto?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<PhotoRow>($"SELECT {InfoColumns}, bytes AS Bytes FROM photo WHERE id = @id", new { id });
        return row is null ? null : new StoredPhoto(row.ToInfo(), row.Bytes);
    }

    public async Task<IReadOnlyList<PhotoInfo>> ListAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<PhotoRow>(
            $"SELECT {InfoColumns} FROM photo WHERE conversation_id = @conversationId ORDER BY ordinal", new { conversationId });
        return rows.Select(r => r.ToInfo()).ToList();
    }

    private sealed class PhotoRow
    {
        public string Id { get; init; } = "";
        public string ConversationId { get; init; } = "";
        public string ShopperId { get; init; } = "";
        public string ContentType { get; init; } = "";
        public long SizeBytes { get; init; }
        public long AtMs { get; init; }
        public byte[] Bytes { get; init; } = [];

        public PhotoInfo ToInfo() => new(Id, ConversationId, ShopperId, ContentType, SizeBytes, Millis.At(AtMs));
    }
}
