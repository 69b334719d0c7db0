using JiebaNet.Segmenter;

namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// jieba word segmentation with the shop's own words added. jieba keeps its dictionary in process-wide state,
/// so there is one segmenter per process and calls are serialised (jieba is not documented as thread-safe).
/// </summary>
internal sealed class ChineseSegmenter
{
    /// <summary>The jieba dictionaries are copied into this folder beside the program (see the .csproj).</summary>
    public const string ResourceFolder = "jieba";

    private static readonly Lock Gate = new();
    private static JiebaSegmenter? shared;
    private static readonly HashSet<string> AddedWords = new(StringComparer.Ordinal);

    private readonly JiebaSegmenter segmenter;

    private ChineseSegmenter(JiebaSegmenter segmenter) => this.segmenter = segmenter;

    public static ChineseSegmenter Create(IEnumerable<string> shopWords)
    {
        lock (Gate)
        {
            if (shared is null)
            {
                var folder = Path.Combine(AppContext.BaseDirectory, ResourceFolder);
                if (!File.Exists(Path.Combine(folder, "dict.txt")))
                    throw new FileNotFoundException($"jieba dictionaries are missing from {folder}; the ShopAssistant.Knowledge build copies them there");
                ConfigManager.ConfigFileBaseDir = folder;
                shared = new JiebaSegmenter();
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
            return segmenter.Cut(hanRun, cutAll: false, hmm: true).ToList();
    }
}
