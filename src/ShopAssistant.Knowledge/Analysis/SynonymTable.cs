namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// Groups of phrases that mean the same to a shopper ("包邮 | 免运费 | free shipping"), kept as data in
/// knowledge-base/analysis/synonyms.txt. When a question contains a phrase of a group, the words of the whole group
/// are added to the query (the caller gives them a lower weight than the question's own words). Groups may mix
/// Chinese and English, which is what lets a question in one language reach the wording of the other.
/// </summary>
internal sealed class SynonymTable
{
    private readonly List<List<string>> groupTerms = [];

    // Phrases are indexed by their first character (Chinese) or first word (English), so a question is scanned once
    // instead of being compared with every phrase of the table.
    private readonly Dictionary<char, List<(int Group, string Text)>> chineseByFirstChar = [];
    private readonly Dictionary<string, List<(int Group, List<string> Words)>> englishByFirstWord = new(StringComparer.Ordinal);

    public SynonymTable(IEnumerable<string> lines, ShopAnalyzer analyzer)
    {
        foreach (var line in lines)
        {
            var phrases = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (phrases.Length < 2)
                continue;
            var group = groupTerms.Count;
            groupTerms.Add(phrases.SelectMany(p => analyzer.Terms(p, withBigrams: false)).Distinct().ToList());
            foreach (var phrase in phrases)
            {
                var text = ShopAnalyzer.Normalize(phrase);
                // Chinese has no word boundaries to trust (jieba may cut the question differently), so match characters.
                if (text.Any(ShopAnalyzer.IsHan))
                    Add(chineseByFirstChar, text[0], (group, text));
                else if (ShopAnalyzer.EnglishWords(phrase) is { Count: > 0 } words)
                    Add(englishByFirstWord, words[0], (group, words));
            }
        }
    }

    /// <summary>
    /// Terms of every group with a phrase in the question: <paramref name="normalizedText"/> as normalised by the analyser,
    /// <paramref name="words"/> its English words (<see cref="ShopAnalyzer.EnglishWords"/>).
    /// </summary>
    public IEnumerable<string> Expand(string normalizedText, IReadOnlyList<string> words)
    {
        var matched = new SortedSet<int>();
        for (var i = 0; i < normalizedText.Length; i++)
        {
            if (!chineseByFirstChar.TryGetValue(normalizedText[i], out var candidates))
                continue;
            foreach (var (group, text) in candidates)
            {
                if (i + text.Length <= normalizedText.Length && string.CompareOrdinal(normalizedText, i, text, 0, text.Length) == 0)
                    matched.Add(group);
            }
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (!englishByFirstWord.TryGetValue(words[i], out var candidates))
                continue;
            foreach (var (group, phrase) in candidates)
            {
                if (i + phrase.Count <= words.Count && phrase.Select((w, j) => words[i + j] == w).All(same => same))
                    matched.Add(group);
            }
        }
        return matched.SelectMany(group => groupTerms[group]);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(value);
    }
}
