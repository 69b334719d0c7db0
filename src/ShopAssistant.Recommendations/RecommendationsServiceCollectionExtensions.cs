using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopAssistant.Domain.Artefacts;
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
        services.AddOptions<RecommenderOptions>()
            .Bind(configuration.GetSection(RecommenderOptions.Section))
            .Configure(o => configuration.GetSection(ModelsOptions.Section).Bind(o.Models))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ModelDirectory), $"{RecommenderOptions.Section}:ModelDirectory must not be empty.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RecommenderOptions>>().Value);
        services.AddSingleton<IRecommender>(provider =>
            ShopRecommenderFactory.LoadOrTrain(provider.GetRequiredService<DemoShopData>(), provider.GetRequiredService<RecommenderOptions>()));
        return services;
    }
}
