using ShopAssistant.Knowledge.Analysis;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// A shopper's question as weighted terms: its own words count fully, bigrams and synonym expansions less,
/// and a misspelt English word (one edit away from a known word) borrows that word at a lower weight.
/// </summary>
internal sealed class QueryEncoder(ShopAnalyzer analyzer, SynonymTable synonyms, IReadOnlySet<string> vocabulary)
{
    private const float WordWeight = 1f;
    private const float BigramWeight = 0.5f;
    private const float SynonymWeight = 0.6f;
    private const float FuzzyWeight = 0.6f;

    /// <summary>The vocabulary's English words: the only candidates for a misspelt English word.</summary>
    private readonly string[] englishWords = vocabulary.Where(v => v.Length >= 4 && v.All(char.IsAsciiLetter)).ToArray();

    public Dictionary<string, float> Encode(string? text)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
            return weights;
        text = ShopAnalyzer.Clip(text);

        var terms = analyzer.Terms(text);
        foreach (var term in terms)
        {
            var bigram = term.StartsWith(ShopAnalyzer.BigramPrefix, StringComparison.Ordinal);
            Raise(weights, term, bigram ? BigramWeight : WordWeight);
            if (!bigram && !vocabulary.Contains(term))
            {
                foreach (var near in NearWords(term))
                    Raise(weights, near, FuzzyWeight);
            }
        }
        foreach (var term in synonyms.Expand(ShopAnalyzer.Normalize(text), ShopAnalyzer.EnglishWords(text)))
            Raise(weights, term, SynonymWeight);
        return weights;
    }

    private static void Raise(Dictionary<string, float> weights, string term, float weight)
    {
        if (weights.GetValueOrDefault(term) < weight)
            weights[term] = weight;
    }

    /// <summary>Known English words one edit (or one swap) away; short words are left alone, they collide too easily.</summary>
    private IEnumerable<string> NearWords(string term)
    {
        if (term.Length < 4 || !term.All(char.IsAsciiLetter))
            return [];
        return englishWords.Where(v => Math.Abs(v.Length - term.Length) <= 1 && OneEditApart(term, v));
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
            (a, b) = (b, a);
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (i == a.Length)
            return b.Length - a.Length == 1;
        if (a.Length == b.Length)
        {
            // substitution, or two neighbours swapped
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
                return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
