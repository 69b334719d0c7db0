using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding;

/// <summary>
/// A list of shopper words from a data file, matched the way each script needs: Chinese terms as substrings
/// (Chinese has no spaces), Latin terms as whole words or phrases, so that "agent" does not match "agents'" and
/// "sb" does not match "asbestos". Exceptions are blanked first: 没用过 ("never used") is not 没用 ("useless").
/// Works on text already in ShopperText's normal form.
/// </summary>
internal sealed class TermSet
{
    private readonly string[] _hanTerms;
    private readonly Regex? _latin;
    private readonly string[] _exceptions;

    /// <param name="normalise">How the terms are put in the form messages are read in; messages also get the shop's own
    /// terms applied ("didn't" → "did not"), and so must the terms, or "didn't help" would never be found.</param>
    public TermSet(IEnumerable<string> terms, IEnumerable<string>? exceptions = null, Func<string, string>? normalise = null)
    {
        normalise ??= ShopperText.Normalise;
        var normal = terms.Select(normalise).Where(t => t.Length > 0).Distinct().ToList();
        _hanTerms = normal.Where(ShopperText.ContainsHan).ToArray();
        var latin = normal.Where(t => !ShopperText.ContainsHan(t)).OrderByDescending(t => t.Length).ToList();
        // Interpreted, not compiled: see EntityText.Pattern (a compiled one's first match fell on a restart's first turn).
        _latin = latin.Count == 0 ? null : new Regex(
            "(?<![a-z0-9])(?:" + string.Join('|', latin.Select(Regex.Escape)) + ")(?![a-z0-9])",
            RegexOptions.CultureInvariant, PatternBudget.Timeout);
        _exceptions = (exceptions ?? []).Select(normalise).Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
    }

    /// <summary>The terms found in the text, each once.</summary>
    public IReadOnlyList<string> Find(string normalText)
    {
        if (normalText.Length == 0) return [];
        var text = Blank(normalText, _exceptions);
        var hits = new List<string>();
        foreach (var term in _hanTerms)
        {
            if (text.Contains(term, StringComparison.Ordinal)) hits.Add(term);
        }
        if (_latin is not null)
        {
            try
            {
                foreach (Match m in _latin.Matches(text))
                {
                    if (!hits.Contains(m.Value)) hits.Add(m.Value);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological input: what was found so far is the answer.
            }
        }
        return hits;
    }

    public bool Matches(string normalText) => Find(normalText).Count > 0;

    /// <summary>Replaces each phrase by spaces of the same length, so that positions stay valid.</summary>
    public static string Blank(string text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal)) text = text.Replace(phrase, new string(' ', phrase.Length), StringComparison.Ordinal);
        }
        return text;
    }
}
