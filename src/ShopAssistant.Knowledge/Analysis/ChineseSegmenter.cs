namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// jieba word segmentation with the shop's own words added: jieba's dictionary and HMM, cut as jieba.NET cuts them
/// (<see cref="CompactJieba"/>, which holds the dictionary in about 7 MB; jieba.NET's took 26 MB more). One
/// segmenter per process, as jieba's dictionary was process-wide; calls are serialised because shop words are added
/// to it.
/// </summary>
internal sealed class ChineseSegmenter
{
    /// <summary>The jieba dictionaries are copied into this folder beside the program (see the .csproj).</summary>
    public const string ResourceFolder = "jieba";

    private static readonly Lock Gate = new();
    private static CompactJieba? shared;
    private static readonly HashSet<string> AddedWords = new(StringComparer.Ordinal);

    private readonly CompactJieba segmenter;

    private ChineseSegmenter(CompactJieba segmenter) => this.segmenter = segmenter;

    public static ChineseSegmenter Create(IEnumerable<string> shopWords)
    {
        lock (Gate)
        {
            if (shared is null)
            {
                var folder = Path.Combine(AppContext.BaseDirectory, ResourceFolder);
                if (!File.Exists(Path.Combine(folder, "dict.txt")))
                    throw new FileNotFoundException($"jieba dictionaries are missing from {folder}; the ShopAssistant.Knowledge build copies them there");
                shared = CompactJieba.Load(folder);
            }
            foreach (var word in shopWords)
            {
                // A high frequency makes jieba keep the shop's terms whole (包邮, 运费险) instead of splitting them.
                if (AddedWords.Add(word))
                    shared.AddWord(word, 100_000);
            }
            return new ChineseSegmenter(shared);
        }
    }

    public IEnumerable<string> Cut(string hanRun)
    {
        lock (Gate)
            return segmenter.Cut(hanRun);
    }
}
