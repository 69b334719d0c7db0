using Microsoft.Extensions.DependencyInjection;

namespace ShopAssistant.Quality;

public static class QualityServiceCollectionExtensions
{
    /// <summary>The manager's reports over the event log and transcripts (issue 7).</summary>
    public static IServiceCollection AddShopQuality(this IServiceCollection services)
    {
        // One projection per process: it holds the recent event log in memory for every report.
        services.AddSingleton<EventProjection>();
        services.AddSingleton<QualityReports>();
        services.AddSingleton<ConversationBrowser>();
        services.AddSingleton<KnowledgeGapReport>();
        return services;
    }
}
