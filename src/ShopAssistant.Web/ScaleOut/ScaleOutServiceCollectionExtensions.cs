using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopAssistant.Bot.Trust;
using StackExchange.Redis;

namespace ShopAssistant.Web.ScaleOut;

public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>What every instance of one shop shares in Redis: its keys, channel names and counters start with this.</summary>
    public const string Prefix = "ShopAssistant";

    /// <summary>
    /// With ConnectionStrings:Redis, several instances behave as one shop: SignalR messages (web chat replies, the agent
    /// console, the dashboard) reach connections on any instance, data-protection keys are shared (a staff cookie or a chat
    /// token issued by one instance is read by the others), and traffic limits and failed staff sign-ins count across instances. Without it nothing
    /// changes: one instance, everything in process.
    /// </summary>
    public static IServiceCollection AddShopScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } redis) return services;

        var options = ConfigurationOptions.Parse(redis);
        // Keep starting when Redis is briefly away (an instance restarting beside it); the client reconnects by itself.
        options.AbortOnConnectFail = false;
        var connection = ConnectionMultiplexer.Connect(options);
        services.AddSingleton<IConnectionMultiplexer>(connection);

        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.ConnectionFactory = _ => Task.FromResult<IConnectionMultiplexer>(connection);
            o.Configuration.ChannelPrefix = RedisChannel.Literal(Prefix);
        });
        // Instances may run from different paths (the default application name): name the application so their keys match.
        services.AddDataProtection().SetApplicationName(Prefix).PersistKeysToStackExchangeRedis(connection, $"{Prefix}:DataProtection-Keys");
        services.AddSingleton<RedisWindowCounters>();
        services.Replace(ServiceDescriptor.Singleton<ITrafficLimits, RedisTrafficLimits>());
        return services;
    }
}
