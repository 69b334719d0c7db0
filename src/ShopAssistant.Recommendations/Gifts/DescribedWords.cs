using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Gifts;

/// <summary>
/// The catalogue's name words a shopper's text uses (<c>nameWords</c> in data/categories.json: "爱心" → HEART, "tealight" →
/// T-LIGHT): the longest shopper's word first, each place in the text read once, so that "白点" is no "白" as well.
/// Chinese words by substring, English ones whole ("love" is not in "loves").
/// </summary>
internal static class DescribedWords
{
    private static readonly ConditionalWeakTable<Catalogue, List<KeyValuePair<string, string[]>>> LongestFirst = new();

    /// <param name="chineseOnly">Only the Chinese words (what an exclusion describes in Chinese; English ones are read as name words).</param>
    public static IEnumerable<string[]> In(string text, Catalogue catalogue, bool chineseOnly = false)
    {
        var rest = " " + text.ToLowerInvariant() + " ";
        foreach (var (said, meant) in LongestFirst.GetValue(catalogue, c => c.NameWords.OrderByDescending(w => w.Key.Length).ToList()))
        {
            var chinese = said.Any(c => c > 0x2E80);
            if (chineseOnly && !chinese) continue;
            var at = chinese ? rest.IndexOf(said, StringComparison.Ordinal) : WholeWord(rest, said);
            if (at < 0) continue;
            rest = rest.Remove(at, said.Length).Insert(at, " ");
            yield return meant;
        }
    }

    private static int WholeWord(string text, string word) =>
        Regex.Match(text, $@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])") is { Success: true } m ? m.Index : -1;
}
