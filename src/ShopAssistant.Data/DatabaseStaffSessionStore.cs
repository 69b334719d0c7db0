using Dapper;

namespace ShopAssistant.Data;

/// <summary>
/// Staff sessions in the database, on either provider (the SQL is the same). Scaled out on PostgreSQL, signing out
/// through one instance ends the cookie on all of them.
/// </summary>
public sealed class DatabaseStaffSessionStore(IShopDatabase database) : IStaffSessionStore
{
    public async Task CreateAsync(StaffSession s, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO staff_session (id, user_name, role, account_stamp, created_ms, expires_ms)
            VALUES (@Id, @UserName, @Role, @AccountStamp, @CreatedMs, @ExpiresMs)
            """,
            new { s.Id, s.UserName, s.Role, s.AccountStamp, CreatedMs = s.CreatedAt.ToUnixTimeMilliseconds(), ExpiresMs = s.ExpiresAt.ToUnixTimeMilliseconds() });
    }

    public async Task<StaffSession?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StaffSessionRow>($"SELECT {StaffSessionRow.Columns} FROM staff_session WHERE id = @id", new { id });
        return row?.ToSession();
    }

    public async Task EndAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync("DELETE FROM staff_session WHERE id = @id", new { id });
    }

    public async Task<int> EndAllAsync(string userName, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM staff_session WHERE user_name = @userName", new { userName });
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM staff_session WHERE expires_ms <= @now", new { now = now.ToUnixTimeMilliseconds() });
    }
}
