using System.Security.Cryptography;
using System.Text;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Staff;

/// <summary>
/// The secret that account stamps are computed with. A stamp must stay the same across restarts (or every restart
/// would sign all staff out) and change when the account's role or password does; a keyed hash of the configured
/// values does both without putting anything a password could be guessed from into the session table. The key is a
/// random file in the data folder, owner-only, made on first start.
/// </summary>
public sealed class StaffStampKey(byte[] key)
{
    public const string FileName = "staff-stamp.key";

    public string Stamp(string userName, string role, string configuredPassword) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userName.ToLowerInvariant() + "\n" + role + "\n" + configuredPassword)))[..22];

    public static StaffStampKey InFolder(string folder)
    {
        OwnerOnly.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            try
            {
                OwnerOnly.SecureFile(path);
                using var file = new FileStream(path, FileMode.Truncate, FileAccess.Write);
                file.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException) when (File.Exists(path) && new FileInfo(path).Length == 32)
            {
                // Another instance sharing the folder wrote it first.
            }
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32) throw new InvalidOperationException($"{path} is damaged: delete it (every staff member signs in again).");
        return new StaffStampKey(bytes);
    }
}
