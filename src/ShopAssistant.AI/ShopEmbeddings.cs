using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopAssistant.Domain;

namespace ShopAssistant.AI;

/// <summary>
/// The embeddings model (ShopAssistant:Llm:EmbeddingModel) behind the same gate as every other model call: the same
/// endpoint is the same provider, so embeddings failing count towards the one breaker, share the bulkhead, honour a
/// Retry-After and stop when the day's tokens are spent. A question gets <see cref="LlmOptions.EmbeddingTimeout"/>,
/// an index build <see cref="LlmOptions.IndexEmbeddingTimeout"/>. Whatever is not answered throws
/// <see cref="ModelUnavailableException"/> for the knowledge layer's fallback.
/// </summary>
public sealed partial class ShopEmbeddings : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    public const string Purpose = "embeddings";

    private readonly ShopModel _model;
    private readonly ILogger _logger;

    public ShopEmbeddings(IEmbeddingGenerator<string, Embedding<float>> inner, ShopModel model, ILogger<ShopEmbeddings>? logger = null)
        : base(inner)
    {
        _model = model;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The OpenAI-compatible embeddings client at the chat model's endpoint and key, gated by <paramref name="model"/>.</summary>
    public static ShopEmbeddings Create(ShopModel model, ILogger<ShopEmbeddings>? logger = null)
    {
        var options = model.Options;
        if (!options.EmbeddingsEnabled)
            throw new InvalidOperationException($"{LlmOptions.Section}:Endpoint and :EmbeddingModel must both be set for embeddings.");
        // The network timeout only bounds the longest call (an index build); each call's own deadline is the gate's.
        var client = ShopKernel.Client(options, options.IndexEmbeddingTimeout + TimeSpan.FromSeconds(1));
        return new ShopEmbeddings(client.GetEmbeddingClient(options.EmbeddingModel).AsIEmbeddingGenerator(), model, logger);
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (await _model.RefusalAsync(cancellationToken).ConfigureAwait(false) is { } refused)
            throw Done(new ModelUnavailableException(refused));
        var indexing = options?.AdditionalProperties?.TryGetValue(EmbeddingPurposes.Key, out var purpose) == true
            && Equals(purpose, EmbeddingPurposes.Index);
        var timeout = indexing ? _model.Options.IndexEmbeddingTimeout : _model.Options.EmbeddingTimeout;
        var (outcome, generated, error) = await _model.Gate.RunAsync(
            async token => await base.GenerateAsync(values, options, token).ConfigureAwait(false), timeout, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (outcome != ModelOutcome.Answered || generated is null)
        {
            if (error is not null) LogFailed(_logger, outcome.ToString(), error.Message);
            throw Done(new ModelUnavailableException(outcome, error));
        }

        var usage = new ModelUsage(generated.Usage?.InputTokenCount ?? 0, 0);
        if (usage.Total > 0) await _model.Usage.RecordAsync(Purpose, null, _model.Options.EmbeddingModel!, usage, cancellationToken).ConfigureAwait(false);
        _model.Telemetry.Call(Purpose, outcome, usage);
        return generated;
    }

    private ModelUnavailableException Done(ModelUnavailableException unavailable)
    {
        _model.Telemetry.Call(Purpose, unavailable.Outcome, ModelUsage.None);
        return unavailable;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embeddings call failed ({Error}: {Message}); retrieval ranks by words alone.")]
    private static partial void LogFailed(ILogger logger, string error, string message);
}
