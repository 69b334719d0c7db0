using System.Text.Json;

namespace ShopAssistant.Understanding.Mood;

/// <summary>
/// The H3 trigger word families from data/understanding/lexicon.json: shop staff can add a word without touching C#.
/// </summary>
internal sealed class MoodLexicon
{
    public sealed record Family(string Name, double Weight, TermSet Terms);

    private MoodLexicon(IReadOnlyDictionary<string, Family> families, IReadOnlyList<string> categoryAliasExceptions)
    {
        Families = families;
        CategoryAliasExceptions = categoryAliasExceptions;
    }

    public IReadOnlyDictionary<string, Family> Families { get; }

    /// <summary>Phrases in which a category alias is not a category (包邮 is not a bag, a credit card is not a card).</summary>
    public IReadOnlyList<string> CategoryAliasExceptions { get; }

    public Family this[string name] => Families.TryGetValue(name, out var family)
        ? family
        : throw new InvalidDataException($"lexicon.json has no family '{name}'");

    public static MoodLexicon Load(string path, Func<string, string>? normalise = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var families = new Dictionary<string, Family>();
        foreach (var property in document.RootElement.GetProperty("families").EnumerateObject())
        {
            var value = property.Value;
            var terms = value.GetProperty("terms").EnumerateArray().Select(t => t.GetString() ?? "");
            var exceptions = value.TryGetProperty("except", out var e) ? e.EnumerateArray().Select(t => t.GetString() ?? "") : [];
            families[property.Name] = new Family(property.Name, value.GetProperty("weight").GetDouble(), new TermSet(terms, exceptions, normalise));
        }
        var aliasExceptions = document.RootElement.TryGetProperty("categoryAliasExceptions", out var a)
            ? a.EnumerateArray().Select(t => ShopperText.Normalise(t.GetString())).Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToList()
            : [];
        return new MoodLexicon(families, aliasExceptions);
    }
}
