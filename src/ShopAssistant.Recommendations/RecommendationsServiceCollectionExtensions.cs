using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Recommendations;

public static class RecommendationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRecommender"/> as a singleton over the host's <see cref="DemoShopData"/> (which the host
    /// registers). The model is loaded from ShopAssistant:Recommendations:ModelDirectory, or trained and saved
    /// there on first use if absent (about a minute), so resolve IRecommender at startup to pay that then.
    /// </summary>
    public static IServiceCollection AddShopRecommendations(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new RecommenderOptions
        {
            ModelDirectory = configuration[$"{RecommenderOptions.Section}:{nameof(RecommenderOptions.ModelDirectory)}"] is { Length: > 0 } directory
                ? directory
                : RecommenderOptions.DefaultModelDirectory,
        };
        services.AddSingleton(options);
        services.AddSingleton<IRecommender>(provider => ShopRecommenderFactory.LoadOrTrain(provider.GetRequiredService<DemoShopData>(), options));
        return services;
    }
}
