namespace ShopAssistant.Data.Tests;

/// <summary>Data folders are made owner-only, but a shared folder the product is pointed at stays shared.</summary>
public sealed class OwnerOnlyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("owner-only-").FullName;

    [Fact]
    public void An_existing_private_folder_loses_group_and_other_access()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateDirectory(Path.Combine(_root, "data")).FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        OwnerOnly.CreateDirectory(folder);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public void A_shared_sticky_folder_like_tmp_is_left_as_it_is()
    {
        if (OperatingSystem.IsWindows()) return;
        var shared = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;
        var tmpLike = (UnixFileMode)0b1_111_111_111; // 1777
        File.SetUnixFileMode(shared, tmpLike);
        OwnerOnly.CreateDirectory(shared);
        Assert.Equal(tmpLike, File.GetUnixFileMode(shared));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
