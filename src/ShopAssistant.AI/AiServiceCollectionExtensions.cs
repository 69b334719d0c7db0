using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
        services.TryAddSingleton(_ => LlmOptions.From(configuration));
        services.TryAddSingleton(sp => ShopKernel.Create(sp.GetRequiredService<LlmOptions>()));
        services.TryAddSingleton(sp => new ShopModel(sp.GetRequiredService<LlmOptions>(), sp.GetService<ILogger<ShopModel>>(), sp.GetRequiredService<Kernel>()));
        return services;
    }
}
