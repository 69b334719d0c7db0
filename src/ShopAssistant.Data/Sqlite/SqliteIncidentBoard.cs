using Dapper;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteIncidentBoard(SqliteDatabase database, TimeProvider clock) : IIncidentBoard
{
    public async Task<Incident> DeclareAsync(string scope, string textZh, string textEn, DateTimeOffset endsAt, string manager, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO incident (scope, text_zh, text_en, starts_ms, ends_ms, declared_by)
            VALUES (@scope, @textZh, @textEn, @starts, @ends, @manager) RETURNING id
            """, new { scope, textZh, textEn, starts = now.ToUnixTimeMilliseconds(), ends = endsAt.ToUnixTimeMilliseconds(), manager });
        return new Incident(id, scope, textZh, textEn, now, endsAt, manager);
    }

    public async Task<IReadOnlyList<Incident>> ActiveAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT id AS Id, scope AS Scope, text_zh AS TextZh, text_en AS TextEn, starts_ms AS StartsMs, ends_ms AS EndsMs, declared_by AS DeclaredBy
            FROM incident WHERE ends_ms > @now AND starts_ms <= @now ORDER BY starts_ms DESC
            """, new { now });
        return rows.Select(r => new Incident(r.Id, r.Scope, r.TextZh, r.TextEn, DateTimeOffset.FromUnixTimeMilliseconds(r.StartsMs),
            DateTimeOffset.FromUnixTimeMilliseconds(r.EndsMs), r.DeclaredBy)).ToList();
    }

    public async Task<bool> EndAsync(long id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync("UPDATE incident SET ends_ms = @now WHERE id = @id AND ends_ms > @now", new { id, now }) == 1;
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Scope { get; init; } = "";
        public string TextZh { get; init; } = "";
        public string TextEn { get; init; } = "";
        public long StartsMs { get; init; }
        public long EndsMs { get; init; }
        public string DeclaredBy { get; init; } = "";
    }
}
