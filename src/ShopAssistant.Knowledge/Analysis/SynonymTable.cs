namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// Groups of phrases that mean the same to a shopper ("包邮 | 免运费 | free shipping"), kept as data in
/// knowledge-base/analysis/synonyms.txt. When a question contains one phrase of a group, the other phrases'
/// words are added to the query with a lower weight. Groups may mix Chinese and English, which is what lets
/// a question in one language reach the wording of the other.
/// </summary>
internal sealed class SynonymTable
{
    private readonly List<Group> groups = [];

    public SynonymTable(IEnumerable<string> lines, ShopAnalyzer analyzer)
    {
        foreach (var line in lines)
        {
            var phrases = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => new Phrase(ShopAnalyzer.Normalize(p), ShopAnalyzer.EnglishWords(p), analyzer.Terms(p, withBigrams: false)))
                .Where(p => p.Words.Count > 0 || p.Terms.Count > 0)
                .ToList();
            if (phrases.Count > 1)
                groups.Add(new Group(phrases));
        }
    }

    public int Count => groups.Count;

    /// <summary>
    /// Terms to add for the phrases found in the question: <paramref name="normalizedText"/> as normalised by the analyser,
    /// <paramref name="words"/> its English words (<see cref="ShopAnalyzer.EnglishWords"/>).
    /// </summary>
    public IEnumerable<string> Expand(string normalizedText, IReadOnlyList<string> words)
    {
        foreach (var group in groups)
        {
            var matched = group.Phrases.FirstOrDefault(p => Occurs(p, normalizedText, words));
            if (matched is null)
                continue;
            foreach (var phrase in group.Phrases)
            {
                if (!ReferenceEquals(phrase, matched))
                {
                    foreach (var term in phrase.Terms)
                        yield return term;
                }
            }
        }
    }

    private static bool Occurs(Phrase phrase, string normalizedText, IReadOnlyList<string> words)
    {
        // Chinese has no word boundaries to trust (jieba may cut the question differently), so match the characters.
        if (phrase.Text.Any(ShopAnalyzer.IsHan))
            return normalizedText.Contains(phrase.Text, StringComparison.Ordinal);
        if (phrase.Words.Count == 0)
            return false;
        for (var i = 0; i + phrase.Words.Count <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Words.Count && all; j++)
                all = words[i + j] == phrase.Words[j];
            if (all)
                return true;
        }
        return false;
    }

    private sealed record Phrase(string Text, List<string> Words, List<string> Terms);

    private sealed record Group(List<Phrase> Phrases);
}
