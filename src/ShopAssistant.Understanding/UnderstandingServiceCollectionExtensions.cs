using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers IMessageUnderstanding (singleton, thread-safe) with options from ShopAssistant:Understanding.
    /// The catalogue and the shop's calendar come from the DemoShopData singleton the host registers.
    /// </summary>
    public static IServiceCollection AddShopUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(UnderstandingOptions.From(configuration));
        services.AddSingleton(sp =>
        {
            var shop = sp.GetRequiredService<DemoShopData>();
            return new ShopUnderstanding(sp.GetRequiredService<UnderstandingOptions>(), shop.Catalogue,
                () => DateOnly.FromDateTime(shop.Timeline.Now.DateTime));
        });
        services.AddSingleton<IMessageUnderstanding>(sp => sp.GetRequiredService<ShopUnderstanding>());
        return services;
    }
}
