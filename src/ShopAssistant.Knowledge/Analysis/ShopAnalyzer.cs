using System.Globalization;
using System.Text;
using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// Turns shop text (a script or a shopper's question, Chinese, English or both) into index terms:
/// jieba words for Chinese plus character bigrams (prefixed "~") that still match when jieba cuts a typo
/// differently; lower-cased, stop-word-free, stemmed words for English.
/// </summary>
internal sealed class ShopAnalyzer
{
    /// <summary>Bumped whenever analysis changes, so that persisted indexes are rebuilt.</summary>
    public const string Version = "shop-analyzer-1";

    /// <summary>Questions longer than this are cut: a chat message that long is pasted text, and the head says enough.</summary>
    public const int MaxQueryChars = 1000;

    public const string BigramPrefix = "~";

    private readonly ChineseSegmenter segmenter;

    public ShopAnalyzer(IEnumerable<string> shopWords) => segmenter = ChineseSegmenter.Create(shopWords);

    /// <summary>The part of a question that is analysed and embedded (see <see cref="MaxQueryChars"/>).</summary>
    public static string Clip(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Length <= MaxQueryChars ? text : text[..MaxQueryChars];

    /// <summary>Full-width to half-width, lower case, control and format characters to spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        // Normalize throws on a lone surrogate (a cut-off emoji); such a character carries nothing, so it goes first.
        var folded = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? ' ' : c);
        return builder.ToString();
    }

    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
            return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])
                : char.IsLowSurrogate(chars[i]) && i > 0 && char.IsHighSurrogate(chars[i - 1]);
            if (char.IsSurrogate(chars[i]) && !paired)
                chars[i] = ' ';
        }
        return new string(chars);
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The language a text is mostly written in: any real amount of Chinese makes it Chinese.</summary>
    public static ShopLanguage DetectLanguage(string text)
    {
        int han = 0, latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsHan(c)) han++;
            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord) latinWords++;
            inWord = letter;
        }
        return han > 0 && han * 2 >= latinWords ? ShopLanguage.Zh : ShopLanguage.En;
    }

    /// <summary>Words (Chinese and English) and Chinese bigrams, in text order, with repeats.</summary>
    public List<string> Terms(string text, bool withBigrams = true)
    {
        var terms = new List<string>();
        foreach (var (run, han) in Runs(Normalize(text)))
        {
            if (han)
                AddChinese(run, terms, withBigrams);
            else
                AddLatin(run, terms);
        }
        return terms;
    }

    /// <summary>
    /// Every English word, stemmed but with stop words kept: synonym phrases such as "how long" are made of them.
    /// </summary>
    public static List<string> EnglishWords(string text)
    {
        var words = new List<string>();
        foreach (var (run, han) in Runs(Normalize(text)))
        {
            if (!han)
                words.Add(EnglishStemmer.Stem(run));
        }
        return words;
    }

    private void AddChinese(string run, List<string> terms, bool withBigrams)
    {
        foreach (var word in segmenter.Cut(run))
        {
            if (!StopWords.Chinese.Contains(word))
                terms.Add(word);
        }
        if (!withBigrams)
            return;
        for (var i = 0; i + 1 < run.Length; i++)
            terms.Add(BigramPrefix + run.Substring(i, 2));
    }

    private static void AddLatin(string run, List<string> terms)
    {
        if (run.Length == 1 && !char.IsAsciiDigit(run[0]))
            return;
        if (StopWords.English.Contains(run))
            return;
        terms.Add(EnglishStemmer.Stem(run));
    }

    /// <summary>Splits into runs of Han characters and runs of letters/digits; everything else separates.</summary>
    private static IEnumerable<(string Run, bool Han)> Runs(string text)
    {
        var start = -1;
        var han = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var isHan = IsHan(c);
            var isWord = !isHan && (char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)));
            if (start >= 0 && (!(isHan || isWord) || isHan != han))
            {
                yield return (text[start..i], han);
                start = -1;
            }
            if (start < 0 && (isHan || isWord))
            {
                start = i;
                han = isHan;
            }
        }
    }
}
