using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ShopAssistant.AI;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// ShopAssistant:Llm:* as <see cref="LlmOptions"/>, the process's one <see cref="Kernel"/> and <see cref="ShopModel"/>,
    /// the call path every model request takes. Safe to call from several layers: the first registration wins.
    /// </summary>
    public static IServiceCollection AddShopModel(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(ShopModel))) return services;
        services.TryAddSingleton(TimeProvider.System);
        // BindConfiguration reads IConfiguration from the container: a host has it already, a tool (eval verbs) gets this one.
        services.TryAddSingleton(configuration);
        // A bad model, resilience or cost setting stops the start with the key named, not the first shopper's turn.
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section)
            .PostConfigure(o => o.PromptsDirectory = Path.GetFullPath(o.PromptsDirectory))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value);
        services.AddOptions<ModelResilienceOptions>().BindConfiguration(ModelResilienceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModelCostOptions>().BindConfiguration(ModelCostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => ShopKernel.Create(sp.GetRequiredService<LlmOptions>()));
        services.TryAddSingleton(sp => new ModelGate(sp.GetRequiredService<IOptions<ModelResilienceOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ModelUsageLedger(sp.GetRequiredService<IOptions<ModelCostOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IModelUsageLog>(), sp.GetService<ILogger<ModelUsageLedger>>()));
        services.TryAddSingleton(sp => new ModelTelemetry(sp.GetRequiredService<ModelGate>(), sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp => new ShopModel(sp.GetRequiredService<LlmOptions>(), sp.GetService<ILogger<ShopModel>>(), sp.GetRequiredService<Kernel>(),
            sp.GetRequiredService<ModelGate>(), sp.GetRequiredService<ModelUsageLedger>(), sp.GetRequiredService<ModelTelemetry>()));
        // Only registered when configured: the knowledge index asks the container whether a generator exists, and
        // without one it stays sparse-only (words alone) and never calls out.
        var llm = configuration.GetSection(LlmOptions.Section);
        if (!string.IsNullOrWhiteSpace(llm[nameof(LlmOptions.Endpoint)]) && !string.IsNullOrWhiteSpace(llm[nameof(LlmOptions.EmbeddingModel)]))
            services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
                ShopEmbeddings.Create(sp.GetRequiredService<ShopModel>(), sp.GetService<ILogger<ShopEmbeddings>>()));
        return services;
    }
}
