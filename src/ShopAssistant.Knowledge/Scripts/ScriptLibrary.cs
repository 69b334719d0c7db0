using System.Security.Cryptography;
using System.Text;

namespace ShopAssistant.Knowledge.Scripts;

/// <summary>
/// The knowledge-base folder as the program sees it: the scripts, the analysis data (shop words, synonyms)
/// and one content hash over all of it, so that an index knows when it is out of date.
/// </summary>
public sealed class ScriptLibrary
{
    public const string AnalysisFolder = "analysis";
    public const string ShopWordsFile = "shop-words.txt";
    public const string SynonymsFile = "synonyms.txt";

    private ScriptLibrary(string directory, IReadOnlyList<ServiceScript> scripts, IReadOnlyList<string> shopWords,
        IReadOnlyList<string> synonymLines, string contentHash)
    {
        Directory = directory;
        Scripts = scripts;
        ShopWords = shopWords;
        SynonymLines = synonymLines;
        ContentHash = contentHash;
    }

    public string Directory { get; }
    public IReadOnlyList<ServiceScript> Scripts { get; }
    public IReadOnlyList<string> ShopWords { get; }
    public IReadOnlyList<string> SynonymLines { get; }
    public string ContentHash { get; }

    public static ScriptLibrary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new DirectoryNotFoundException($"knowledge-base folder not found: {directory}");

        var scriptFiles = System.IO.Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => Path.GetRelativePath(directory, path), StringComparer.Ordinal)
            .ToList();
        var analysis = Path.Combine(directory, AnalysisFolder);
        var wordsPath = Path.Combine(analysis, ShopWordsFile);
        var synonymsPath = Path.Combine(analysis, SynonymsFile);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var scripts = new List<ServiceScript>();
        foreach (var path in scriptFiles)
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            Feed(hash, Path.GetRelativePath(directory, path), text);
            scripts.Add(ScriptParser.Parse(text, Path.GetRelativePath(directory, path)));
        }
        var words = ReadData(hash, directory, wordsPath);
        var synonyms = ReadData(hash, directory, synonymsPath);

        var duplicate = scripts.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FormatException($"script '{duplicate.Key}' is defined twice: {string.Join(", ", duplicate.Select(s => s.SourcePath))}");

        return new ScriptLibrary(directory, scripts, words, synonyms, Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static List<string> ReadData(IncrementalHash hash, string root, string path)
    {
        if (!File.Exists(path))
            return [];
        var text = File.ReadAllText(path, Encoding.UTF8);
        Feed(hash, Path.GetRelativePath(root, path), text);
        return text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
    }

    private static void Feed(IncrementalHash hash, string name, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name.Replace('\\', '/')));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));
        hash.AppendData([0]);
    }
}
