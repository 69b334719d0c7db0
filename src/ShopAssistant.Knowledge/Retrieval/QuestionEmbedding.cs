using Microsoft.Extensions.AI;
using ShopAssistant.Knowledge.Analysis;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>Embeds a shopper's question for the dense half of hybrid retrieval.</summary>
internal static class QuestionEmbedding
{
    /// <summary>
    /// The question's vector, or null when the embeddings endpoint fails: a remote model being down must not take
    /// retrieval down with it, the sparse ranking still answers. Cancellation is the caller's and propagates.
    /// </summary>
    public static async Task<float[]?> TryEmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embeddings, string? text, CancellationToken ct)
    {
        try
        {
            return (await embeddings.GenerateVectorAsync(ShopAnalyzer.Clip(text), cancellationToken: ct).ConfigureAwait(false)).ToArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
