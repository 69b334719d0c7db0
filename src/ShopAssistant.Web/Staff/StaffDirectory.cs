using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ShopAssistant.Web.Staff;

public sealed record StaffMember(string UserName, string Role);

/// <summary>
/// Who may sign in to the staff pages. Only password hashes are kept in memory. With no accounts configured in
/// Development, one demo agent and one demo manager get random passwords, printed once at start: the console can
/// be tried on a fresh machine, and no password ever sits in the repository.
/// </summary>
public sealed class StaffDirectory
{
    private readonly PasswordHasher<string> _hasher = new();
    private readonly Dictionary<string, (StaffMember Member, string Hash)> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public StaffDirectory(IConfiguration configuration, IHostEnvironment environment, ILogger<StaffDirectory> log)
    {
        foreach (var account in configuration.GetSection("ShopAssistant:Staff").Get<List<StaffAccountOptions>>() ?? [])
        {
            if (account.UserName.Length == 0 || account.Password.Length == 0 || !StaffRoles.IsKnown(account.Role))
            {
                log.LogWarning("Ignoring staff account '{UserName}': it needs a user name, a password and the role agent or manager.", account.UserName);
                continue;
            }
            var hash = account.Password.StartsWith("AQAAAA", StringComparison.Ordinal) ? account.Password : _hasher.HashPassword(account.UserName, account.Password);
            _accounts[account.UserName] = (new StaffMember(account.UserName, account.Role), hash);
        }
        if (_accounts.Count == 0 && environment.IsDevelopment())
        {
            foreach (var (name, role) in new[] { ("demo-agent", StaffRoles.Agent), ("demo-manager", StaffRoles.Manager) })
            {
                var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(9));
                _accounts[name] = (new StaffMember(name, role), _hasher.HashPassword(name, password));
                log.LogWarning("No staff configured: demo {Role} account '{UserName}' with password '{Password}' for this run only.", role, name, password);
            }
        }
    }

    public IEnumerable<StaffMember> Members => _accounts.Values.Select(a => a.Member);

    public StaffMember? Verify(string? userName, string? password)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password) || !_accounts.TryGetValue(userName, out var account))
            return null;
        return _hasher.VerifyHashedPassword(account.Member.UserName, account.Hash, password) == PasswordVerificationResult.Failed ? null : account.Member;
    }
}
