using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ShopAssistant.Web.Staff;

/// <summary>A staff member; the stamp changes whenever the account's role or password does.</summary>
public sealed record StaffMember(string UserName, string Role, string Stamp = "");

/// <summary>
/// Who may sign in to the staff pages. Only password hashes are kept in memory. With no accounts configured in
/// Development, one demo agent and one demo manager get random passwords, printed once at start: the console can
/// be tried on a fresh machine, and no password ever sits in the repository. The accounts are read again when the
/// configuration changes, so removing someone or changing their role takes effect without a restart (their open
/// sessions end on their next request: see <see cref="StaffSessions"/>).
/// </summary>
public sealed class StaffDirectory
{
    private readonly IPasswordHasher<string> _hasher;
    private readonly IOptionsMonitor<StaffAccounts> _configured;
    private readonly IHostEnvironment _environment;
    private readonly ILogger<StaffDirectory> _log;
    private readonly int _maxPasswordLength;
    // Checked against when the user name is unknown, so that an unknown name costs one hash like a known one and
    // the answer's timing does not tell which names exist. Hashed on a pool thread a few seconds after the start (a
    // PBKDF2 hash is CPU a restart's first answer needs; bench cold), or by the first sign-in that needs it sooner.
    private readonly Lazy<string> _dummyHash;
    private volatile Dictionary<string, (StaffMember Member, string Hash)> _accounts = new(StringComparer.OrdinalIgnoreCase);

    private readonly StaffStampKey _stamps;

    public StaffDirectory(IOptionsMonitor<StaffAccounts> configured, IHostEnvironment environment, ILogger<StaffDirectory> log,
        IPasswordHasher<string> hasher, IOptions<StaffSecurityOptions> options, StaffStampKey stamps)
    {
        (_configured, _environment, _log, _hasher, _stamps) = (configured, environment, log, hasher, stamps);
        _maxPasswordLength = options.Value.MaxPasswordLength;
        _dummyHash = new(() => _hasher.HashPassword("", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));
        _ = Task.Delay(TimeSpan.FromSeconds(5)).ContinueWith(_ => _dummyHash.Value, TaskScheduler.Default);
        Load(configured.CurrentValue);
        configured.OnChange(accounts =>
        {
            Load(accounts);
            Changed?.Invoke();
        });
    }

    /// <summary>Raised after the accounts were read again from a changed configuration.</summary>
    public event Action? Changed;

    public IEnumerable<StaffMember> Members => _accounts.Values.Select(a => a.Member);

    public StaffMember? Find(string userName) => _accounts.TryGetValue(userName, out var account) ? account.Member : null;

    public StaffMember? Verify(string? userName, string? password)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)) return null;
        if (password.Length > _maxPasswordLength || userName.Length > StaffSecurityOptions.MaxUserNameLength) return null;
        if (!_accounts.TryGetValue(userName, out var account))
        {
            _hasher.VerifyHashedPassword(userName, _dummyHash.Value, password);
            return null;
        }
        return _hasher.VerifyHashedPassword(account.Member.UserName, account.Hash, password) == PasswordVerificationResult.Failed ? null : account.Member;
    }

    private void Load(StaffAccounts configured)
    {
        var accounts = new Dictionary<string, (StaffMember Member, string Hash)>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in configured)
        {
            if (account.UserName.Length == 0 || account.Password.Length == 0 || !StaffRoles.IsKnown(account.Role))
            {
                _log.LogWarning("Ignoring staff account '{UserName}': it needs a user name, a password and the role agent or manager.", account.UserName);
                continue;
            }
            // An unchanged account keeps its hash: a plain password would get a fresh salt, costing a hash per reload.
            var hash = account.Password.StartsWith("AQAAAA", StringComparison.Ordinal) ? account.Password
                : _accounts.TryGetValue(account.UserName, out var known) && known.Member.Role == account.Role
                  && _hasher.VerifyHashedPassword(account.UserName, known.Hash, account.Password) != PasswordVerificationResult.Failed ? known.Hash
                : _hasher.HashPassword(account.UserName, account.Password);
            var stamp = _stamps.Stamp(account.UserName, account.Role, account.Password);
            accounts[account.UserName] = (new StaffMember(account.UserName, account.Role, stamp), hash);
        }
        if (accounts.Count == 0 && _environment.IsDevelopment())
        {
            foreach (var (name, role) in new[] { ("demo-agent", StaffRoles.Agent), ("demo-manager", StaffRoles.Manager) })
            {
                if (_accounts.TryGetValue(name, out var demo)) { accounts[name] = demo; continue; }
                var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(9));
                var hash = _hasher.HashPassword(name, password);
                accounts[name] = (new StaffMember(name, role, _stamps.Stamp(name, role, hash)), hash);
                _log.LogWarning("No staff configured: demo {Role} account '{UserName}' with password '{Password}' for this run only.", role, name, password);
            }
        }
        _accounts = accounts;
    }
}
