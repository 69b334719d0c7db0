using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel;
using OpenAI;

namespace ShopAssistant.AI;

/// <summary>
/// The process's one Kernel: the chat model when an endpoint is configured, no plugins. The assistant clones it and
/// adds the shop's plugins; the summariser and the flow judge use it as it is.
/// </summary>
public static class ShopKernel
{
    public static Kernel Create(LlmOptions options)
    {
        var builder = Kernel.CreateBuilder();
        if (options.Enabled) AddChatModel(builder, options);
        return builder.Build();
    }

    private static void AddChatModel(IKernelBuilder builder, LlmOptions options)
    {
        // Each call's own deadline is set by ShopModel; the network timeout only bounds the longest of them (the flow judge's).
        var client = Client(options, (options.Timeout > options.JudgeTimeout ? options.Timeout : options.JudgeTimeout) + TimeSpan.FromSeconds(1));
        builder.AddOpenAIChatCompletion(options.Model, client);
    }

    /// <summary>A client for the configured OpenAI-compatible endpoint and key (chat and embeddings alike).</summary>
    internal static OpenAIClient Client(LlmOptions options, TimeSpan networkTimeout) =>
        // No retries: every caller has a fallback (the offline answer, the extractive summary, the rule-based
        // scorecard, words-only retrieval), and a shopper or manager should not wait for three attempts.
        new(new ApiKeyCredential(options.ApiKey ?? "not-needed"), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = networkTimeout,
        });
}
