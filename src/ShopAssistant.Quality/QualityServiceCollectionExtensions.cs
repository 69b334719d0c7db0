using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShopAssistant.Quality;

public static class QualityServiceCollectionExtensions
{
    /// <summary>The manager's reports over the event log and transcripts.</summary>
    public static IServiceCollection AddShopQuality(this IServiceCollection services)
    {
        // One projection per process: it holds the recent event log in memory for every report.
        services.AddSingleton<EventProjection>();
        services.AddSingleton<QualityReports>();
        services.AddSingleton<ConversationBrowser>();
        // The model judge of the flow scorecard; it asks nothing unless ShopAssistant:Llm is configured (AddShopAssistant).
        services.TryAddSingleton<IFlowJudge, LlmFlowJudge>();
        services.AddSingleton<KnowledgeGapReport>();
        // The model panel and alert; ShopModel and the cost options come from AddShopModel (AddShopAssistant calls it).
        services.AddSingleton<ModelReport>();
        return services;
    }
}
