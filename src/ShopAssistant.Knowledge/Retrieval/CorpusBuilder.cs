using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Analysis;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>Ingestion: analyses every script into the topic vectors, and embeds each script when a generator is registered.</summary>
internal static class CorpusBuilder
{
    /// <summary>
    /// When the embeddings endpoint fails, the corpus is built sparse-only under the sparse-only identity (and the
    /// failure logged): shoppers get words-only answers now, and the next build (a restart, `ingest`) tries again
    /// because the published index does not name the embedding model.
    /// </summary>
    public static async Task<KnowledgeCorpus> BuildAsync(ScriptLibrary library, ShopAnalyzer analyzer,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings, CancellationToken ct, ILogger? logger = null)
    {
        var topics = Bm25Weighting.Weigh(library.Scripts, analyzer);
        var dense = embeddings is null ? null : await TryEmbedScriptsAsync(library, embeddings, ct, logger ?? NullLogger.Instance).ConfigureAwait(false);
        var used = dense is null ? null : embeddings;
        return new KnowledgeCorpus(IndexIdentity.Of(library, used), library.Scripts, topics, dense, EmbeddingModel(used));
    }

    private static async Task<Dictionary<string, float[]>?> TryEmbedScriptsAsync(ScriptLibrary library,
        IEmbeddingGenerator<string, Embedding<float>> embeddings, CancellationToken ct, ILogger logger)
    {
        var texts = library.Scripts.Select(EmbeddingText).ToList();
        try
        {
            var vectors = await embeddings.GenerateAsync(texts, IndexPurpose, ct).ConfigureAwait(false);
            if (vectors.Count != texts.Count)
                throw new InvalidDataException($"{vectors.Count} vectors for {texts.Count} scripts");
            return library.Scripts.Zip(vectors, (s, v) => (s.Key, v.Vector.ToArray()))
                .ToDictionary(p => p.Key, p => p.Item2, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Embedding the knowledge base with {Model} failed ({Error}: {Message}); the index is built sparse-only (words alone) and the next build tries again.",
                EmbeddingModel(embeddings), e.GetType().Name, e.Message);
            return null;
        }
    }

    /// <summary>Tells the model layer this is an index build (all scripts at once), not a shopper waiting on a question.</summary>
    private static EmbeddingGenerationOptions IndexPurpose => new()
    {
        AdditionalProperties = new() { [EmbeddingPurposes.Key] = EmbeddingPurposes.Index },
    };

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
