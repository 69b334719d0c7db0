namespace ShopAssistant.Knowledge.Tests;

/// <summary>The newest index version published in an index directory (each lives in its own v-… folder).</summary>
internal static class PublishedIndex
{
    public static string Folder(string indexDirectory) =>
        new DirectoryInfo(indexDirectory).EnumerateDirectories("v-*").OrderByDescending(d => d.LastWriteTimeUtc).First().FullName;
}
