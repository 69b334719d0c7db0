using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Domain.Texts;

/// <summary>
/// Every sentence the shop says in its own words (greetings, questions, refusals, handoff notices, computed answers),
/// zh and en, from one catalogue a shop owner can edit without touching code (data/shop-texts.json). Policy answers
/// stay in the knowledge base's scripts; numbers come in through named placeholders ("{fee}"), never typed here.
/// </summary>
public sealed partial class ShopTexts
{
    public const string FileName = "shop-texts.json";

    private static readonly Lazy<ShopTexts> Shipped = new(() => Load(DemoShopData.DefaultDirectory));

    private readonly Dictionary<string, Entry> _entries;

    private ShopTexts(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary>The catalogue beside the program (data/shop-texts.json), read once.</summary>
    public static ShopTexts Default => Shipped.Value;

    public IReadOnlyCollection<string> Keys => _entries.Keys;

    /// <summary>The sentence in the shopper's language, with each {name} replaced by its value.</summary>
    public string Say(string key, ShopLanguage language, params (string Name, object? Value)[] values)
    {
        var template = Find(key).Text(language) as string
            ?? throw new InvalidOperationException($"Text '{key}' is a list; use {nameof(List)}.");
        return template.Contains('{') ? Fill(key, template, values) : template;
    }

    /// <inheritdoc cref="Say(string, ShopLanguage, ValueTuple{string, object?}[])"/>
    public string Say(string key, string languageCode, params (string Name, object? Value)[] values) =>
        Say(key, ShopLanguages.Parse(languageCode), values);

    /// <summary>A list of short texts (quick-reply buttons).</summary>
    public IReadOnlyList<string> List(string key, ShopLanguage language) =>
        Find(key).Text(language) as IReadOnlyList<string> ?? throw new InvalidOperationException($"Text '{key}' is a sentence; use {nameof(Say)}.");

    public static ShopTexts Load(string dataDirectory) => Parse(File.ReadAllText(Path.Combine(dataDirectory, FileName)), FileName);

    /// <summary>Reads a catalogue; a text missing a language, or whose languages name different placeholders, stops the start.</summary>
    public static ShopTexts Parse(string json, string source = FileName)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name.StartsWith('_')) continue;
            // A text nested in another by a misplaced line would otherwise vanish without a word.
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any(p => p.Name is not ("zh" or "en")))
                throw Invalid(source, property.Name, "holds something besides its zh and en texts");
            var zh = Read(property.Value, "zh") ?? throw Invalid(source, property.Name, "has no zh text");
            var en = Read(property.Value, "en") ?? throw Invalid(source, property.Name, "has no en text");
            if (zh.GetType() != en.GetType()) throw Invalid(source, property.Name, "is a sentence in one language and a list in the other");
            if (zh is string z && en is string e && !Shared(Placeholders(z)).ToHashSet().SetEquals(Shared(Placeholders(e))))
                throw Invalid(source, property.Name, "names different {placeholders} in zh and en");
            entries[property.Name] = new Entry(zh, en);
        }
        return new ShopTexts(entries);
    }

    private Entry Find(string key) => _entries.TryGetValue(key, out var entry) ? entry
        : throw new KeyNotFoundException($"{FileName} has no text '{key}'.");

    private static object? Read(JsonElement entry, string language) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(language, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Array => value.EnumerateArray().Select(v => v.GetString() ?? "").ToList(),
                _ => null,
            }
            : null;

    private static string Fill(string key, string template, (string Name, object? Value)[] values)
    {
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            text.Append(template, at, m.Index - at);
            var name = m.Groups[1].Value;
            var found = Array.FindIndex(values, v => v.Name == name);
            if (found < 0) throw new InvalidOperationException($"Text '{key}' needs a value for {{{name}}}.");
            text.Append(values[found].Value);
            at = m.Index + m.Length;
        }
        return text.Append(template, at, template.Length - at).ToString();
    }

    private static HashSet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A placeholder named …Zh or …En belongs to one language (a discount said as 9折 in Chinese only).</summary>
    private static IEnumerable<string> Shared(HashSet<string> names) => names.Where(n => !n.EndsWith("Zh", StringComparison.Ordinal) && !n.EndsWith("En", StringComparison.Ordinal));

    private static InvalidDataException Invalid(string source, string key, string problem) => new($"{source}: text '{key}' {problem}.");

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    private sealed record Entry(object Zh, object En)
    {
        public object Text(ShopLanguage language) => language == ShopLanguage.Zh ? Zh : En;
    }
}
