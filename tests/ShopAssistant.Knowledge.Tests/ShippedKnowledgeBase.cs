using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>The knowledge-base copy the build places beside the tests, exactly as it ships beside the program.</summary>
internal static class ShippedKnowledgeBase
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "knowledge-base");

    private static readonly Lazy<ScriptLibrary> Library = new(() => ScriptLibrary.Load(Directory));

    public static ScriptLibrary Load() => Library.Value;

    /// <summary>A private, writable copy (scripts and analysis data) for tests that change scripts or keep an index.</summary>
    public static string CopyTo(string target)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "shop-knowledge-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
