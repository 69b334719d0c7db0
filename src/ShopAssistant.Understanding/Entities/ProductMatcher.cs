using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Products the shopper names: stock codes as typed (85123A, 22423, checked against the catalogue), and English
/// names matched word by word against the catalogue's names, tolerating one typo per word of five letters or
/// more when it can only be one catalogue word ("white hangin heart"). A name matches when at least two of its words,
/// and at least 60 % of them, are in the message; the three with most words in common are kept.
/// </summary>
internal sealed class ProductMatcher
{
    private const int MaxNameMatches = 3;
    private const double MinCoverage = 0.6;

    private static readonly Regex StockCode = EntityText.Pattern("(?<![0-9a-z])(?<c>[0-9]{5}[a-z]{0,3}|dcgs[a-z0-9]{2,6})(?![0-9a-z])");
    private static readonly Regex Word = new("[a-z0-9]+", RegexOptions.CultureInvariant);

    /// <summary>
    /// Words that say nothing about which product is meant, or that shoppers use in every other sentence
    /// ("birthday gift for a friend" is a request, not GIFT BAG BIRTHDAY).
    /// </summary>
    private static readonly HashSet<string> Stop =
    [
        "an", "the", "of", "and", "with", "in", "on", "for", "to", "set", "pack", "assorted", "asstd", "design",
        "small", "large", "mini", "big", "new", "vintage", "retro", "gift", "gifts", "day", "next", "love", "hot", "me", "my",
        "you", "it", "is", "this", "that", "do", "have", "home", "sweet", "happy",
    ];

    private readonly Catalogue _catalogue;
    private readonly Product[] _products;
    private readonly int[] _wordCounts;
    private readonly Dictionary<string, List<int>> _productsByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _wordsByDeletion = new(StringComparer.Ordinal);

    public ProductMatcher(Catalogue catalogue)
    {
        _catalogue = catalogue;
        _products = catalogue.Products.ToArray();
        _wordCounts = new int[_products.Length];
        for (var i = 0; i < _products.Length; i++)
        {
            var words = NameWords(_products[i].Name);
            _wordCounts[i] = words.Count;
            foreach (var word in words)
            {
                if (!_productsByWord.TryGetValue(word, out var list)) _productsByWord[word] = list = [];
                list.Add(i);
            }
        }
        foreach (var word in _productsByWord.Keys.Where(w => w.Length >= 5))
        {
            foreach (var variant in Deletions(word))
            {
                if (!_wordsByDeletion.TryGetValue(variant, out var list)) _wordsByDeletion[variant] = list = [];
                list.Add(word);
            }
        }
    }

    public IReadOnlyList<string> Read(EntityText text)
    {
        var codes = new List<string>();
        text.Claim(StockCode, m =>
        {
            var product = _catalogue.Find(m.Groups["c"].Value.ToUpperInvariant());
            if (product is null) return false;
            if (!codes.Contains(product.StockCode)) codes.Add(product.StockCode);
            return true;
        });
        foreach (var code in MatchNames(text.Current))
        {
            if (!codes.Contains(code)) codes.Add(code);
        }
        return codes;
    }

    private IEnumerable<string> MatchNames(string text)
    {
        var messageWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word.Matches(text))
        {
            var word = m.Value;
            if (word.Length < 2 || Stop.Contains(word)) continue;
            foreach (var known in Known(word)) messageWords.Add(known);
        }
        if (messageWords.Count < 2) return [];

        var hits = new Dictionary<int, int>();
        foreach (var word in messageWords)
        {
            if (!_productsByWord.TryGetValue(word, out var products)) continue;
            foreach (var p in products) hits[p] = hits.GetValueOrDefault(p) + 1;
        }
        return hits
            .Where(h => h.Value >= 2 && h.Value >= MinCoverage * _wordCounts[h.Key])
            .OrderByDescending(h => h.Value)
            .ThenByDescending(h => (double)h.Value / _wordCounts[h.Key])
            .ThenByDescending(h => _products[h.Key].Buyers)
            .Take(MaxNameMatches)
            .Select(h => _products[h.Key].StockCode);
    }

    /// <summary>
    /// The catalogue word a message word stands for: itself, its singular or plural, or, for words of six letters or
    /// more, the one catalogue word a single typo away (none when several are: "right" could be night, light or eight).
    /// </summary>
    private IEnumerable<string> Known(string word)
    {
        if (_productsByWord.ContainsKey(word)) { yield return word; yield break; }
        if (word.EndsWith('s') && _productsByWord.ContainsKey(word[..^1])) { yield return word[..^1]; yield break; }
        if (_productsByWord.ContainsKey(word + "s")) { yield return word + "s"; yield break; }
        if (word.Length < 6) yield break;
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in Deletions(word).Prepend(word))
        {
            if (_wordsByDeletion.TryGetValue(variant, out var words)) candidates.UnionWith(words);
            if (_productsByWord.ContainsKey(variant)) candidates.Add(variant);
        }
        if (candidates.Count == 1) yield return candidates.First();
    }

    private static List<string> NameWords(string name) =>
        Word.Matches(name.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1 && !Stop.Contains(w) && !w.All(char.IsAsciiDigit)).Distinct().ToList();

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }
}
