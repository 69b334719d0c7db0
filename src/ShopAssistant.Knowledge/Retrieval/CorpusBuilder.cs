using Microsoft.Extensions.AI;
using ShopAssistant.Knowledge.Analysis;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>Ingestion: analyses every script into the topic vectors, and embeds each script when a generator is registered.</summary>
internal static class CorpusBuilder
{
    public static async Task<KnowledgeCorpus> BuildAsync(ScriptLibrary library, ShopAnalyzer analyzer,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings, CancellationToken ct)
    {
        var topics = Bm25Weighting.Weigh(library.Scripts, analyzer);
        Dictionary<string, float[]>? dense = null;
        if (embeddings is not null)
        {
            var texts = library.Scripts.Select(EmbeddingText).ToList();
            var vectors = await embeddings.GenerateAsync(texts, cancellationToken: ct).ConfigureAwait(false);
            dense = library.Scripts.Zip(vectors, (s, v) => (s.Key, v.Vector.ToArray()))
                .ToDictionary(p => p.Key, p => p.Item2, StringComparer.Ordinal);
        }
        return new KnowledgeCorpus(IndexIdentity.Of(library, embeddings), library.Scripts, topics, dense, EmbeddingModel(embeddings));
    }

    public static string EmbeddingText(ServiceScript script) =>
        $"{script.Title}\n{string.Join(", ", script.Tags)}\n{script.Answer}";

    public static string? EmbeddingModel(IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        if (embeddings is null)
            return null;
        var metadata = embeddings.GetService<EmbeddingGeneratorMetadata>();
        return $"{metadata?.ProviderName ?? embeddings.GetType().Name}/{metadata?.DefaultModelId ?? "default"}";
    }
}

/// <summary>What an index was built from: the scripts' content, the analyser version and the embedding model.</summary>
internal static class IndexIdentity
{
    public static string Of(ScriptLibrary library, IEmbeddingGenerator<string, Embedding<float>>? embeddings) =>
        $"{library.ContentHash}|{ShopAnalyzer.Version}|{CorpusBuilder.EmbeddingModel(embeddings) ?? "sparse-only"}";
}
