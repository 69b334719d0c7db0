using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Staff;

/// <summary>
/// Server-side staff sessions. A cookie names a session; the session row and the account as it is
/// configured now decide on every request whether the cookie still counts. Sign-out deletes the row; removing the
/// account, changing its role or password changes what the row is compared with; 12 hours after sign-in the row has
/// expired whatever the cookie's sliding expiry says. Live console connections of a session that ends are closed.
/// </summary>
public sealed class StaffSessions
{
    public const string SessionClaim = "shopassistant:session";

    private readonly IStaffSessionStore _store;
    private readonly StaffDirectory _staff;
    private readonly TimeProvider _clock;
    private readonly StaffSecurityOptions _options;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _connections = new();

    public StaffSessions(IStaffSessionStore store, StaffDirectory staff, TimeProvider clock, IOptions<StaffSecurityOptions> options)
    {
        (_store, _staff, _clock, _options) = (store, staff, clock, options.Value);
        _staff.Changed += () => _ = CloseStaleConnectionsAsync();
    }

    /// <summary>Starts a session for the member and returns the principal its cookie carries.</summary>
    public async Task<ClaimsPrincipal> StartAsync(StaffMember member, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await _store.PurgeExpiredAsync(now, ct);
        await _store.CreateAsync(new StaffSession(id, member.UserName, member.Role, member.Stamp, now, now.AddHours(_options.SessionHours)), ct);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, member.UserName), new Claim(ClaimTypes.Role, member.Role), new Claim(SessionClaim, id)],
            CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Whether the cookie's session still stands: not ended, not past 12 hours, account unchanged.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        if (user?.FindFirstValue(SessionClaim) is not { Length: > 0 } id) return false;
        if (await _store.GetAsync(id, ct) is not { } session) return false;
        var current = session.ExpiresAt > _clock.GetUtcNow()
            && session.UserName == user.Identity?.Name && session.Role == user.FindFirstValue(ClaimTypes.Role)
            && _staff.Find(session.UserName) is { } member && member.Role == session.Role && member.Stamp == session.AccountStamp;
        if (!current) await EndAsync(id, ct);
        return current;
    }

    public Task EndAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.FindFirstValue(SessionClaim) is { Length: > 0 } id ? EndAsync(id, ct) : Task.CompletedTask;

    private async Task EndAsync(string id, CancellationToken ct)
    {
        await _store.EndAsync(id, ct);
        if (_connections.TryRemove(id, out var open))
            foreach (var connection in open.Values) connection.Abort();
    }

    /// <summary>
    /// A console or dashboard connection of a session: closed when the session ends. A sign-out can land between the
    /// handshake and this call, so the session is looked up again once the connection is known: ended by then, it closes.
    /// </summary>
    public async Task AttachAsync(HubCallerContext connection)
    {
        if (connection.User?.FindFirstValue(SessionClaim) is not { Length: > 0 } id) return;
        _connections.GetOrAdd(id, _ => new()).TryAdd(connection.ConnectionId, connection);
        if (await _store.GetAsync(id, connection.ConnectionAborted) is null)
        {
            Detach(connection);
            connection.Abort();
        }
    }

    public void Detach(HubCallerContext connection)
    {
        if (connection.User?.FindFirstValue(SessionClaim) is { Length: > 0 } id && _connections.TryGetValue(id, out var open))
            open.TryRemove(connection.ConnectionId, out _);
    }

    private async Task CloseStaleConnectionsAsync()
    {
        try
        {
            foreach (var (_, open) in _connections)
                if (open.Values.FirstOrDefault() is { } any) await IsCurrentAsync(any.User, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or ObjectDisposedException)
        {
            // Runs on a configuration change, outside any request, so it must not fail as an unobserved task. The session
            // is still refused at its next HTTP request; a live hub connection missed here stays open until it drops.
        }
    }
}
