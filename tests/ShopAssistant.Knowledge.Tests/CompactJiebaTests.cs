using JiebaNet.Segmenter;
using ShopAssistant.Knowledge.Analysis;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>
/// The compact segmenter cuts exactly as jieba.NET does (accurate mode with the HMM), with the shop's words added to
/// both, over every line of the service scripts and of the understanding's utterances (found from the repository
/// root), as the analyzer gives them (runs of Han characters) and as whole lines (punctuation, Latin, digits).
/// </summary>
public sealed class CompactJiebaTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, ChineseSegmenter.ResourceFolder);

    [Fact]
    public void Cuts_every_line_of_the_shops_text_as_jieba_NET_does()
    {
        ConfigManager.ConfigFileBaseDir = Folder;
        var jieba = new JiebaSegmenter();
        var compact = CompactJieba.Load(Folder);
        foreach (var word in ShippedKnowledgeBase.Load().ShopWords)
        {
            jieba.AddWord(word, 100_000);
            compact.AddWord(word, 100_000);
        }

        var lines = Corpus().ToList();
        Assert.True(lines.Count > 1000, $"only {lines.Count} lines found");
        var compared = 0;
        foreach (var line in lines)
        {
            var normalized = ShopAnalyzer.Normalize(line);
            foreach (var text in HanRuns(normalized).Append(normalized))
            {
                var expected = jieba.Cut(text, cutAll: false, hmm: true).ToList();
                Assert.True(expected.SequenceEqual(compact.Cut(text)),
                    $"'{text}': jieba.NET [{string.Join(" / ", expected)}], compact [{string.Join(" / ", compact.Cut(text))}]");
                compared++;
            }
        }
        Assert.True(compared > 2000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("𠮷野家的包邮吗")]
    [InlineData("㐀㐁一二三")]
    [InlineData("鿿龥齉 包邮\r\n满99元")]
    [InlineData("c#和AT&T的3.5%优惠·测试")]
    [InlineData("亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲")]
    public void Cuts_odd_text_as_jieba_NET_does(string text)
    {
        ConfigManager.ConfigFileBaseDir = Folder;
        Assert.Equal(new JiebaSegmenter().Cut(text, cutAll: false, hmm: true).ToList(), CompactJieba.Load(Folder).Cut(text));
    }

    private static IEnumerable<string> HanRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var han = i < text.Length && ShopAnalyzer.IsHan(text[i]);
            if (han && start < 0) start = i;
            else if (!han && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static IEnumerable<string> Corpus()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedKnowledgeBase.Directory, "*.md", SearchOption.AllDirectories))
            foreach (var line in File.ReadLines(file))
                if (line.Length > 0) yield return line;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "data", "understanding"))) root = root.Parent;
        if (root is null) yield break;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, "data", "understanding"), "intents.*.tsv"))
            foreach (var line in File.ReadLines(file))
                if (line.Length > 0) yield return line;
    }
}
