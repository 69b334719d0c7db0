using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding;

/// <summary>
/// The shop-terms lexicon (data/understanding/shop-terms.json): 油费 → 邮费, 优惠卷 → 优惠券, recieve → receive, wheres →
/// where is. Rewrites text already in ShopperText's normal form so that the intent model and retrieval see the words
/// they know. Chinese keys replace as substrings, longest first; Latin keys as whole words or phrases.
/// </summary>
internal sealed class ShopTerms
{
    private readonly (string From, string To)[] _han;
    private readonly Regex? _latin;
    private readonly Dictionary<string, string> _latinMap;

    private ShopTerms(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var normal = pairs.Select(p => (From: ShopperText.Normalise(p.Key), To: ShopperText.Normalise(p.Value))).Where(p => p.From.Length > 0).ToList();
        _han = normal.Where(p => ShopperText.ContainsHan(p.From)).OrderByDescending(p => p.From.Length).ToArray();
        _latinMap = normal.Where(p => !ShopperText.ContainsHan(p.From)).GroupBy(p => p.From).ToDictionary(g => g.Key, g => g.First().To);
        // Interpreted, not compiled: see EntityText.Pattern (a compiled one's first match fell on a restart's first turn).
        _latin = _latinMap.Count == 0 ? null : new Regex(
            "(?<![a-z0-9'])(?:" + string.Join('|', _latinMap.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")(?![a-z0-9'])",
            RegexOptions.CultureInvariant, PatternBudget.Timeout);
    }

    public static readonly ShopTerms None = new([]);

    public static ShopTerms Load(string path)
    {
        if (!File.Exists(path)) return None;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var language in new[] { "zh", "en" })
        {
            if (!document.RootElement.TryGetProperty(language, out var map)) continue;
            pairs.AddRange(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")));
        }
        return new ShopTerms(pairs);
    }

    public string Apply(string normalText)
    {
        if (normalText.Length == 0) return normalText;
        var text = normalText;
        if (_han.Length > 0 && text.Any(ShopperText.IsHan))
        {
            var builder = new StringBuilder(text);
            foreach (var (from, to) in _han)
            {
                if (builder.ToString().Contains(from, StringComparison.Ordinal)) builder.Replace(from, to);
            }
            text = builder.ToString();
        }
        if (_latin is null) return text;
        try
        {
            return _latin.Replace(text, m => _latinMap[m.Value]);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
