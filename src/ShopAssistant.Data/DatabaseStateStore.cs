using System.Data.Common;
using Dapper;

namespace ShopAssistant.Data;

public sealed class DatabaseStateStore(SqlDatabase database, TimeProvider clock) : IStateStore
{
    public async Task<IReadOnlyList<StateDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0) return [];
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Key, string Json, string ETag)>(
            $"SELECT key, json, etag FROM bot_state WHERE {database.AmongList("key", "keys")}", new { keys = keys.ToArray() });
        return rows.Select(r => new StateDocument(r.Key, r.Json, r.ETag)).ToList();
    }

    public async Task<StateDocument> WriteAsync(string key, string json, string? expectedETag, CancellationToken ct = default)
    {
        var write = new StateWrite(key, json, expectedETag);
        await using var writer = await database.OpenWriterAsync(ct);
        await WriteAsync(writer.Connection, null, write, clock.GetUtcNow());
        return new StateDocument(key, json, write.ETag);
    }

    /// <summary>One document, inside the caller's transaction if any; a stale expected ETag throws <see cref="ConcurrencyConflictException"/>.</summary>
    internal static async Task WriteAsync(DbConnection connection, DbTransaction? tx, StateWrite write, DateTimeOffset at)
    {
        var (key, json, etag, now) = (write.Key, write.Json, write.ETag, at.ToUnixTimeMilliseconds());
        if (string.IsNullOrEmpty(write.ExpectedETag) || write.ExpectedETag == "*")
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO bot_state (key, json, etag, updated_ms) VALUES (@key, @json, @etag, @now)
                ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_ms = excluded.updated_ms
                """, new { key, json, etag, now }, tx);
        }
        else
        {
            // Two writers of the same conversation: the row lock (or SQLite's one writer) orders them and the loser sees the new etag.
            var changed = await connection.ExecuteAsync(
                "UPDATE bot_state SET json = @json, etag = @etag, updated_ms = @now WHERE key = @key AND etag = @expectedETag",
                new { key, json, etag, now, expectedETag = write.ExpectedETag }, tx);
            if (changed == 0) throw new ConcurrencyConflictException(key);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0) return;
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync($"DELETE FROM bot_state WHERE {database.AmongList("key", "keys")}", new { keys = keys.ToArray() });
    }
}
