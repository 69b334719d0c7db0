using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.AI;

/// <summary>
/// ShopAssistant:Llm:Endpoint (an OpenAI-compatible base URL such as https://api.openai.com/v1), ApiKey, Model and
/// TimeoutSeconds (JudgeTimeoutSeconds for the service-flow judge). Without an endpoint the offline policy answers every turn.
/// EmbeddingModel (optional) adds dense vectors to knowledge retrieval from the same endpoint and key.
/// </summary>
public sealed record LlmOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Llm";

    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>The whole model turn (all tool round trips) must finish within this, or the offline answer is sent.</summary>
    public double TimeoutSeconds { get; set; } = 8;

    /// <summary>
    /// Judging a whole conversation against the service-flow rubric writes more than a shopper's answer, and a manager
    /// (not a shopper) waits for it; past this the rule-based scorecard is shown.
    /// </summary>
    public double JudgeTimeoutSeconds { get; set; } = 20;

    /// <summary>
    /// The embeddings model at the same endpoint (say text-embedding-3-small); empty keeps retrieval sparse-only (words
    /// alone), as it is without an endpoint.
    /// </summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>
    /// A shopper's question is embedded inside the model's share of their turn; past this, that question is ranked by
    /// its words alone and the rest of the share is left for the answer.
    /// </summary>
    public double EmbeddingTimeoutSeconds { get; set; } = 1.5;

    /// <summary>Embedding every script while the index is built; past this the index is built sparse-only.</summary>
    public double IndexEmbeddingTimeoutSeconds { get; set; } = 60;

    public string PromptsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "prompts");

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
    public TimeSpan JudgeTimeout => TimeSpan.FromSeconds(JudgeTimeoutSeconds);
    public bool Enabled => Endpoint is not null;
    public bool EmbeddingsEnabled => Enabled && !string.IsNullOrWhiteSpace(EmbeddingModel);
    public TimeSpan EmbeddingTimeout => TimeSpan.FromSeconds(EmbeddingTimeoutSeconds);
    public TimeSpan IndexEmbeddingTimeout => TimeSpan.FromSeconds(IndexEmbeddingTimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Endpoint is { IsAbsoluteUri: false })
            yield return new($"{Section}:Endpoint is not an absolute URL: '{Endpoint}'.", [nameof(Endpoint)]);
        if (TimeoutSeconds <= 0 || JudgeTimeoutSeconds <= 0)
            yield return new($"{Section}:TimeoutSeconds and JudgeTimeoutSeconds must be positive.", [nameof(TimeoutSeconds)]);
        if (EmbeddingTimeoutSeconds <= 0 || IndexEmbeddingTimeoutSeconds <= 0)
            yield return new($"{Section}:EmbeddingTimeoutSeconds and IndexEmbeddingTimeoutSeconds must be positive.", [nameof(EmbeddingTimeoutSeconds)]);
    }
}
