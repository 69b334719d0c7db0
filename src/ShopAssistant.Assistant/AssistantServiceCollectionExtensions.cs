using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>The demo shop's data (ShopAssistant:DataDirectory, default data/ beside the program) and the assistant.</summary>
    public static IServiceCollection AddShopAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DemoShopData.Load(
            configuration["ShopAssistant:DataDirectory"] ?? DemoShopData.DefaultDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OrderLookup>();
        services.AddSingleton<IShopAssistant, FrontDeskAssistant>();
        return services;
    }
}
