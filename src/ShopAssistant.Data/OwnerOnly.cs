namespace ShopAssistant.Data;

/// <summary>
/// The database and the data-protection keys are readable by the app's own user only (dirs 700, files 600 on Unix):
/// they hold shoppers' conversations and the keys that sign staff cookies and chat tokens. On Windows the folder's
/// inherited ACL applies and nothing is changed.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode DirectoryAccess = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileAccessMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the directory owner-only if it is missing; an existing one loses group and other access, unless it is a
    /// shared folder (sticky, like /tmp): a data folder pointed at /tmp must not lock every other user out of it. The
    /// files inside are made owner-only either way.
    /// </summary>
    public static DirectoryInfo CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        var existed = Directory.Exists(path);
        var info = Directory.CreateDirectory(path, DirectoryAccess);
        var mode = File.GetUnixFileMode(path);
        if (existed && (mode & UnixFileMode.StickyBit) == 0 && (mode & ~DirectoryAccess) != 0) File.SetUnixFileMode(path, DirectoryAccess);
        return info;
    }

    /// <summary>Creates an empty owner-only file if it is missing, or takes group and other access off an existing one.</summary>
    public static void SecureFile(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileAccessMode });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; tighten that one below.
            }
        }
        if ((File.GetUnixFileMode(path) & ~FileAccessMode) != 0) File.SetUnixFileMode(path, FileAccessMode);
    }
}
