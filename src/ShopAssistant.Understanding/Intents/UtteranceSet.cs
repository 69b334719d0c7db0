using System.Security.Cryptography;
using System.Text;
using ShopAssistant.Domain;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Intents;

/// <summary>One labelled shopper message; Language is the language its author wrote it in.</summary>
public sealed record Utterance(string Intent, ShopLanguage Language, string Text);

/// <summary>
/// Labelled utterances from TSV files (header "label, language, text"). Unknown labels are an error:
/// the label set is a contract, and a typo would silently create a twenty-first intent.
/// </summary>
public sealed class UtteranceSet
{
    private UtteranceSet(IReadOnlyList<Utterance> utterances, string contentHash)
    {
        Utterances = utterances;
        ContentHash = contentHash;
    }

    public IReadOnlyList<Utterance> Utterances { get; }

    /// <summary>SHA-256 of the file's bytes (of the files' hashes, for several): the model cache key.</summary>
    public string ContentHash { get; }

    public static UtteranceSet Load(string path) => Load(path, IntentLabels.IsKnown);

    /// <summary>The files' utterances in order, under one hash: the intent model learns from the hand-written file and
    /// the one written from the authored sets.</summary>
    public static UtteranceSet Load(IReadOnlyList<string> paths)
    {
        var sets = paths.Select(path => Load(path, IntentLabels.IsKnown)).ToList();
        if (sets.Count == 1) return sets[0];
        return new UtteranceSet([.. sets.SelectMany(s => s.Utterances)],
            Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join('|', sets.Select(s => s.ContentHash))))));
    }

    /// <param name="isKnown">The labels this file may use (the intent labels, or the handoff judge's two).</param>
    internal static UtteranceSet Load(string path, Func<string, bool> isKnown)
    {
        var bytes = File.ReadAllBytes(path);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var utterances = new List<Utterance>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !isKnown(fields[0]))
                throw new InvalidDataException($"{path}:{i + 1}: expected 'label<TAB>zh|en<TAB>text' with a known label, got '{line}'");
            utterances.Add(new Utterance(fields[0], ShopLanguages.Parse(fields[1]), fields[2]));
        }
        return new UtteranceSet(utterances, Convert.ToHexString(SHA256.HashData(bytes)));
    }
}
