using System.Text.Json;

namespace ShopAssistant.Understanding;

/// <summary>
/// Which rule a message asks about, by its words (data/understanding/topics.json): 运费 → shipping_policy,
/// invoice → invoice. The intent model decides; the cues help when it is unsure and keep rule questions that mention
/// an order away from an order look-up.
/// </summary>
internal sealed class TopicCues
{
    private readonly (string Intent, TermSet Terms)[] _topics;

    private TopicCues((string, TermSet)[] topics) => _topics = topics;

    public static TopicCues Load(string path, Func<string, string>? normalise = null)
    {
        if (!File.Exists(path)) return new TopicCues([]);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new TopicCues(document.RootElement.GetProperty("topics").EnumerateObject()
            .Select(t => (t.Name, new TermSet(t.Value.EnumerateArray().Select(v => v.GetString() ?? ""), normalise: normalise))).ToArray());
    }

    /// <summary>
    /// The intents whose cues the text contains, most cue words first. A cue inside a longer one of another rule does not
    /// count: "shipping insurance" (运费险) is a return rule's word, not a shipping one.
    /// </summary>
    public IReadOnlyList<string> Find(string normalText)
    {
        var hits = _topics.SelectMany(t => t.Terms.Find(normalText).Select(term => (t.Intent, Term: term))).ToList();
        return _topics.Select(t => (t.Intent, Hits: hits.Count(h => h.Intent == t.Intent
                && !hits.Any(o => o.Intent != h.Intent && o.Term.Length > h.Term.Length && o.Term.Contains(h.Term, StringComparison.Ordinal)))))
            .Where(t => t.Hits > 0).OrderByDescending(t => t.Hits).Select(t => t.Intent).ToList();
    }
}
