using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// What an index is built from and what gets persisted: the scripts, one BM25-weighted sparse vector per topic
/// (both languages' text together, so a question matches a topic whatever language it is in), and optionally
/// one dense embedding per script.
/// </summary>
internal sealed record KnowledgeCorpus(
    string ContentHash,
    IReadOnlyList<ServiceScript> Scripts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, float>> TopicTerms,
    IReadOnlyDictionary<string, float[]>? DenseByScriptKey,
    string? EmbeddingModel)
{
    private HashSet<string>? vocabulary;

    /// <summary>Every term of every topic: the fuzzy matcher looks for a shopper's misspelt word here.</summary>
    public HashSet<string> Vocabulary => vocabulary ??= TopicTerms.Values.SelectMany(v => v.Keys).ToHashSet(StringComparer.Ordinal);
}
