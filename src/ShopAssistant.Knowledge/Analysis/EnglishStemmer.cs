namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// A light suffix stripper (plural, -ing, -ed, -ly and a few derivations). It only has to map a shopper's
/// word and the script's word to the same stem, since both pass through it; it is not a full Porter stemmer.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower))
            return word;

        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) { }
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && "sxz".Contains(w[^3])) w = w[..^2];
        else if (w.EndsWith('s')) w = w[..^1];

        w = StripVerbEnding(w, "ing") ?? StripVerbEnding(w, "ed") ?? w;

        foreach (var (suffix, replacement) in Derivations)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }
        // A final silent "e" differs between forms (arrive / arrival / arriving): drop it everywhere.
        if (w.Length > 4 && w.EndsWith('e')) w = w[..^1];
        return w;
    }

    private static readonly (string Suffix, string Replacement)[] Derivations =
    [
        ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"), ("ation", "ate"),
        ("ement", ""), ("ment", ""), ("ness", ""), ("ally", "al"), ("ably", "able"), ("ly", ""), ("al", ""),
    ];

    private static string? StripVerbEnding(string w, string ending)
    {
        if (!w.EndsWith(ending, StringComparison.Ordinal))
            return null;
        var stem = w[..^ending.Length];
        if (stem.Length < 3 || !stem.Any(IsVowel))
            return null;
        // shipped → ship, stopped → stop: undo the doubled consonant.
        if (stem.Length > 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
            stem = stem[..^1];
        return stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
