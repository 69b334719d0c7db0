using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel;
using OpenAI;
using ShopAssistant.Assistant.Plugins;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>The one Kernel of the process: the shop's plugins, plus the chat model when an endpoint is configured.</summary>
internal static class ShopKernel
{
    public static Kernel Build(LlmOptions options, KnowledgePlugin knowledge, OrdersPlugin orders, RecommendationsPlugin recommendations, HandoffPlugin handoff)
    {
        var builder = Kernel.CreateBuilder();
        if (options.Enabled)
        {
            // No retries: the offline answer is the fallback, and a shopper should not wait for three attempts.
            var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "not-needed"), new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                RetryPolicy = new ClientRetryPolicy(0),
                NetworkTimeout = options.Timeout,
            });
            builder.AddOpenAIChatCompletion(options.Model, client);
        }
        builder.Plugins.AddFromObject(knowledge, KnowledgePlugin.Name);
        builder.Plugins.AddFromObject(orders, OrdersPlugin.Name);
        builder.Plugins.AddFromObject(recommendations, RecommendationsPlugin.Name);
        builder.Plugins.AddFromObject(handoff, HandoffPlugin.Name);
        return builder.Build();
    }
}
