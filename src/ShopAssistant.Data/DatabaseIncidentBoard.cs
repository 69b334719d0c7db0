using Dapper;

namespace ShopAssistant.Data;

/// <summary>The incidents managers declare, on either provider: the SQL is the same on SQLite and PostgreSQL.</summary>
public sealed class DatabaseIncidentBoard(IShopDatabase database, TimeProvider clock) : IIncidentBoard
{
    public async Task<Incident> DeclareAsync(string scope, string textZh, string textEn, DateTimeOffset endsAt, string manager, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(ct);
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
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<IncidentRow>(
            $"SELECT {IncidentRow.Columns} FROM incident WHERE ends_ms > @now AND starts_ms <= @now ORDER BY starts_ms DESC", new { now });
        return rows.Select(r => r.ToIncident()).ToList();
    }

    public async Task<bool> EndAsync(long id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync("UPDATE incident SET ends_ms = @now WHERE id = @id AND ends_ms > @now", new { id, now }) == 1;
    }
}
