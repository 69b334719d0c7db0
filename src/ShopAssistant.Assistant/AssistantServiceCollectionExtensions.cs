using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Assistant.Summaries;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// The demo shop's data (ShopAssistant:Shop:DataDirectory, default data/ beside the program), understanding, knowledge,
    /// product suggestions and the Semantic Kernel orchestrator as IShopAssistant. ShopAssistant:Llm:Endpoint/ApiKey/Model
    /// turn on the LLM policy. Resolving IShopAssistant starts the model and index warm-up.
    /// </summary>
    public static IServiceCollection AddShopAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ShopDataOptions>()
            .Bind(configuration.GetSection(ShopDataOptions.Section))
            .PostConfigure(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => DemoShopData.Load(ShopData(sp), sp.GetRequiredService<TimeProvider>()));
        // TryAdd: the bot layer keeps the guessing counts in the database by registering its own guard first.
        services.TryAddSingleton<IVerificationGuard>(sp => new InMemoryVerificationGuard(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OrderLookup(sp.GetRequiredService<DemoShopData>(), sp.GetRequiredService<IVerificationGuard>()));
        services.AddSingleton(sp => ShopPolicy.Load(ShopData(sp)));
        services.AddShopUnderstanding(configuration);
        services.AddShopKnowledge(configuration);
        // TryAdd: the recommender replaces the popular-items suggestions by registering its own adapter first.
        services.TryAddSingleton<IProductSuggestions, PopularProductSuggestions>();
        services.AddShopModel(configuration);
        services.TryAddSingleton(sp => new AssistantTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<Orchestrator>();
        services.AddSingleton<IShopAssistant>(sp => sp.GetRequiredService<Orchestrator>());
        services.AddSingleton<IConversationSummarizer, LlmConversationSummarizer>();
        return services;
    }

    private static string ShopData(IServiceProvider sp) => sp.GetRequiredService<IOptions<ShopDataOptions>>().Value.DataDirectory;
}
