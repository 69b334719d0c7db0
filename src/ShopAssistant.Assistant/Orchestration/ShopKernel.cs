using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel;
using OpenAI;
using ShopAssistant.Assistant.Plugins;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>The Kernel of the orchestrator (the shop's plugins, plus the chat model when an endpoint is configured), and a chat-only one.</summary>
public static class ShopKernel
{
    internal static Kernel Build(LlmOptions options, KnowledgePlugin knowledge, OrdersPlugin orders, RecommendationsPlugin recommendations, HandoffPlugin handoff, RulesPlugin rules)
    {
        var builder = Kernel.CreateBuilder();
        if (options.Enabled) AddChatModel(builder, options, options.Timeout);
        builder.Plugins.AddFromObject(knowledge, KnowledgePlugin.Name);
        builder.Plugins.AddFromObject(orders, OrdersPlugin.Name);
        builder.Plugins.AddFromObject(recommendations, RecommendationsPlugin.Name);
        builder.Plugins.AddFromObject(handoff, HandoffPlugin.Name);
        builder.Plugins.AddFromObject(rules, RulesPlugin.Name);
        return builder.Build();
    }

    /// <summary>A Kernel with the chat model and no plugins, for callers that only need one completion (the flow judge).</summary>
    public static Kernel ChatOnly(LlmOptions options, TimeSpan networkTimeout)
    {
        if (!options.Enabled) throw new InvalidOperationException($"{LlmOptions.Section}:Endpoint is not configured.");
        var builder = Kernel.CreateBuilder();
        AddChatModel(builder, options, networkTimeout);
        return builder.Build();
    }

    private static void AddChatModel(IKernelBuilder builder, LlmOptions options, TimeSpan networkTimeout)
    {
        // No retries: every caller has a fallback (the offline answer, the extractive summary, the rule-based
        // scorecard), and a shopper or manager should not wait for three attempts.
        var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "not-needed"), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = networkTimeout,
        });
        builder.AddOpenAIChatCompletion(options.Model, client);
    }
}
