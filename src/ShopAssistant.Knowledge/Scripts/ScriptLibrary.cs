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

    private readonly Lazy<IReadOnlyList<ServiceScript>> _scripts;

    private ScriptLibrary(string directory, Lazy<IReadOnlyList<ServiceScript>> scripts, IReadOnlyList<string> shopWords,
        IReadOnlyList<string> synonymLines, string contentHash)
    {
        Directory = directory;
        _scripts = scripts;
        ShopWords = shopWords;
        SynonymLines = synonymLines;
        ContentHash = contentHash;
    }

    public string Directory { get; }
    /// <summary>The parsed scripts (parsed at first use when loaded with <c>parse: false</c>; a bad script throws then).</summary>
    public IReadOnlyList<ServiceScript> Scripts => _scripts.Value;
    public IReadOnlyList<string> ShopWords { get; }
    public IReadOnlyList<string> SynonymLines { get; }
    public string ContentHash { get; }

    /// <summary>
    /// Reads the folder and its content hash. <paramref name="parse"/> false leaves the scripts' parsing (YAML front
    /// matter, Markdown) until <see cref="Scripts"/> is read: a start whose index is current only needs the hash and
    /// the analysis data, and the parsers' first use is a good part of a restart (bench cold).
    /// </summary>
    public static ScriptLibrary Load(string directory, bool parse = true)
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
        var texts = new List<(string Text, string RelativePath)>();
        foreach (var path in scriptFiles)
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            Feed(hash, Path.GetRelativePath(directory, path), text);
            texts.Add((text, Path.GetRelativePath(directory, path)));
        }
        var words = ReadData(hash, directory, wordsPath);
        var synonyms = ReadData(hash, directory, synonymsPath);

        var library = new ScriptLibrary(directory, new Lazy<IReadOnlyList<ServiceScript>>(() => Parse(texts)), words, synonyms,
            Convert.ToHexString(hash.GetHashAndReset()));
        if (parse) _ = library.Scripts;
        return library;
    }

    private static List<ServiceScript> Parse(List<(string Text, string RelativePath)> texts)
    {
        var scripts = texts.Select(t => ScriptParser.Parse(t.Text, t.RelativePath)).ToList();
        var duplicate = scripts.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FormatException($"script '{duplicate.Key}' is defined twice: {string.Join(", ", duplicate.Select(s => s.SourcePath))}");
        return scripts;
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
