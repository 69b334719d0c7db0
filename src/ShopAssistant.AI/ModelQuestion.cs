using Microsoft.SemanticKernel;

namespace ShopAssistant.AI;

/// <summary>
/// One request to the model: a prompt template rendered as the system message, with one user message. A shopper's
/// answer passes the turn's kernel (the shop's plugins, tools allowed); the summary and the judge use the shared one.
/// </summary>
public sealed record ModelQuestion(string Purpose, ModelPrompt Prompt, string UserMessage)
{
    public KernelArguments Arguments { get; init; } = [];

    /// <summary>A kernel carrying the shop's plugins for this turn; null is the process's chat-only kernel.</summary>
    public Kernel? Kernel { get; init; }

    /// <summary>The model may call the kernel's functions (automatic function calling).</summary>
    public bool UseTools { get; init; }

    /// <summary>How long the caller can wait; null is ShopAssistant:Llm:TimeoutSeconds.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whose conversation the tokens are spent on (null for a manager's tool such as the flow judge).</summary>
    public string? ConversationId { get; init; }
}

/// <summary>What the model calls are for; each is a tag on the usage and the telemetry.</summary>
public static class ModelPurposes
{
    public const string Answer = "answer";
    public const string Summary = "summary";
    public const string Judge = "judge";
    /// <summary>The breaker's own test of a model that was down (<see cref="ModelGate.ProbeWith"/>).</summary>
    public const string Probe = "probe";
}
