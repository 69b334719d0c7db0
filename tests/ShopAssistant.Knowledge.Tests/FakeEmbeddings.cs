using Microsoft.Extensions.AI;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>
/// A deterministic stand-in for an embeddings endpoint: hashed character bigrams of the lower-cased text, so that
/// texts sharing wording are near each other, as with a real model. It exercises the dense path and rank fusion.
/// </summary>
internal sealed class FakeEmbeddings(string model = "fake-bigrams") : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 1024;

    public int Calls { get; private set; }

    /// <summary>Set to make every later call fail, as an unreachable endpoint would.</summary>
    public bool Broken { get; set; }

    /// <summary>The longest text asked to embed.</summary>
    public int LongestInput { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Broken)
            throw new HttpRequestException("embeddings endpoint unreachable");
        LongestInput = Math.Max(LongestInput, values.Max(v => v.Length));
        var embeddings = values.Select(v => new Embedding<float>(Vector(v))).ToList();
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        var lower = text.ToLowerInvariant();
        for (var i = 0; i + 1 < lower.Length; i++)
            vector[(int)(ShopAssistant.Domain.StableHash.Of(lower.Substring(i, 2)) % Dimensions)] += 1;
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("fake", null, model, Dimensions) : null;

    public void Dispose() { }
}
