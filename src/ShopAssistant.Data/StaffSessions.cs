namespace ShopAssistant.Data;

/// <summary>
/// One staff sign-in. The cookie carries only its id; the row decides whether the cookie still counts, so deleting
/// it (sign-out) or a changed account (removed, new role, new password) ends the session on the next request.
/// </summary>
public sealed record StaffSession(string Id, string UserName, string Role, string AccountStamp, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public interface IStaffSessionStore
{
    Task CreateAsync(StaffSession session, CancellationToken ct = default);

    Task<StaffSession?> GetAsync(string id, CancellationToken ct = default);

    Task EndAsync(string id, CancellationToken ct = default);

    /// <summary>Ends every session of the user; returns how many there were.</summary>
    Task<int> EndAllAsync(string userName, CancellationToken ct = default);

    /// <summary>Drops sessions past their absolute expiry.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct = default);
}
