using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Shelves the shopper names, by the categories' names and aliases (data/categories.json) in both languages.
/// Exception phrases from the lexicon are blanked first (包邮 is not a bag, a credit card is not a card), and an
/// alias inside a longer one of another shelf gives way (圣诞装饰 is Christmas, not home décor).
/// </summary>
internal sealed class CategoryMatcher
{
    private readonly List<(string Alias, string CategoryId)> _han = [];
    private readonly Dictionary<string, string> _latin = new(StringComparer.Ordinal);
    private readonly Regex? _latinPattern;
    private readonly IReadOnlyList<string> _exceptions;

    public CategoryMatcher(IReadOnlyList<Category> categories, IReadOnlyList<string> exceptions)
    {
        _exceptions = exceptions;
        foreach (var category in categories)
        {
            foreach (var alias in category.Aliases.Append(category.NameZh).Append(category.NameEn).Select(ShopperText.Normalise).Where(a => a.Length > 0))
            {
                if (ShopperText.ContainsHan(alias)) _han.Add((alias, category.Id));
                else _latin.TryAdd(alias, category.Id);
            }
        }
        if (_latin.Count > 0)
        {
            _latinPattern = EntityText.Pattern("(?<![a-z0-9])(?<a>" + string.Join('|', _latin.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")(?:e?s)?(?![a-z0-9])");
        }
    }

    public IReadOnlyList<string> Read(string normalText)
    {
        var text = TermSet.Blank(normalText, _exceptions);
        var found = new List<(int Start, int Length, string CategoryId)>();
        foreach (var (alias, id) in _han)
        {
            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + 1, StringComparison.Ordinal))
                found.Add((at, alias.Length, id));
        }
        if (_latinPattern is not null)
        {
            try
            {
                foreach (Match m in _latinPattern.Matches(text)) found.Add((m.Index, m.Length, _latin[m.Groups["a"].Value]));
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological input: keep what was found.
            }
        }
        return found
            .Where(f => !found.Any(o => o.CategoryId != f.CategoryId && o.Length > f.Length && o.Start <= f.Start && o.Start + o.Length >= f.Start + f.Length))
            .OrderBy(f => f.Start)
            .Select(f => f.CategoryId)
            .Distinct()
            .ToList();
    }
}
