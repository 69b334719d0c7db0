using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Understanding.Intents;

namespace ShopAssistant.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers IMessageUnderstanding (singleton, thread-safe) with options from ShopAssistant:Understanding.
    /// The catalogue and the shop's calendar come from the DemoShopData singleton the host registers.
    /// </summary>
    public static IServiceCollection AddShopUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddUnderstandingOptions(configuration);
        // The intent model on its own: it needs no shop data, so a host can start loading it before the catalogue is read.
        services.AddSingleton(sp => new Lazy<IntentClassifier>(() => IntentClassifier.LoadOrTrain(sp.GetRequiredService<UnderstandingOptions>())));
        services.AddSingleton(sp => new Lazy<HandoffJudge>(() => HandoffJudge.LoadOrTrain(sp.GetRequiredService<UnderstandingOptions>())));
        services.AddSingleton(sp => new Lazy<FollowUpJudge>(() => FollowUpJudge.LoadOrTrain(sp.GetRequiredService<UnderstandingOptions>())));
        services.AddSingleton(sp => new Lazy<ShoppingJudge>(() => ShoppingJudge.LoadOrTrain(sp.GetRequiredService<UnderstandingOptions>())));
        services.AddSingleton(sp =>
        {
            var shop = sp.GetRequiredService<DemoShopData>();
            return new ShopUnderstanding(sp.GetRequiredService<UnderstandingOptions>(), shop.Catalogue,
                () => DateOnly.FromDateTime(shop.Timeline.Now.DateTime), sp.GetRequiredService<Lazy<IntentClassifier>>(),
                sp.GetRequiredService<Lazy<HandoffJudge>>(), sp.GetRequiredService<Lazy<FollowUpJudge>>(),
                sp.GetRequiredService<Lazy<ShoppingJudge>>());
        });
        services.AddSingleton<IMessageUnderstanding>(sp => sp.GetRequiredService<ShopUnderstanding>());
        return services;
    }

    /// <summary>Binds and validates ShopAssistant:Understanding (the server and the `train`/`eval intents` verbs alike).</summary>
    public static IServiceCollection AddUnderstandingOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UnderstandingOptions>()
            .Bind(configuration.GetSection(UnderstandingOptions.Section))
            .Configure(o => configuration.GetSection(ModelsOptions.Section).Bind(o.Models))
            .PostConfigure(o =>
            {
                o.ModelDirectory = Path.GetFullPath(o.ModelDirectory);
                o.DataDirectory = Path.GetFullPath(o.DataDirectory);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value);
        return services;
    }

    /// <summary>The options as a host would bind them, for a verb that runs without one; a bad value throws with the key named.</summary>
    public static UnderstandingOptions BindUnderstandingOptions(this IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddUnderstandingOptions(configuration).BuildServiceProvider();
        return provider.GetRequiredService<UnderstandingOptions>();
    }
}
