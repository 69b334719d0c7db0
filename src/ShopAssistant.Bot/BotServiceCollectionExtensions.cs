using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Bot.Storage;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Bot.WebChat;

namespace ShopAssistant.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The bot, its state on the app's database, the Bot Framework endpoint's adapter and the web chat adapter.</summary>
    public static IServiceCollection AddShopBot(this IServiceCollection services)
    {
        // Lets the Bot Framework connector pool its HTTP connections instead of opening new ones.
        services.AddHttpClient();
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        // The configured authentication, with connector clients kept across turns instead of built for each reply.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new Channels.ReusedConnectors(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        services.AddSingleton<IStorage, DatabaseStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ConversationMemoryState>();
        services.AddSingleton<TranscriptMiddleware>();
        services.AddSingleton<ShopperTokens>();
        services.AddSingleton<ShopperTokenMiddleware>();
        services.AddSingleton<ServiceUrls>();
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShopperOptions>().BindConfiguration(ShopperOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Photos.PhotoOptions>().BindConfiguration(Photos.PhotoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Photos.PhotoIntake>();
        services.AddOptions<RecoveryOptions>().BindConfiguration(RecoveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ITrafficLimits, LocalTrafficLimits>();
        // Replaces AddShopAssistant's in-memory default (the last registration wins): guessing counts live in the database.
        services.AddSingleton<IVerificationGuard, PersistentVerificationGuard>();
        services.AddHostedService<UnansweredMessages>();
        services.AddSingleton<ShopCloudAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ShopCloudAdapter>());
        services.AddSingleton<WebChatAdapter>();
        services.AddSingleton<WebChatInbox>();
        services.TryAddSingleton<IIncidentNotices, NoIncidentNotices>();
        services.AddSingleton<IBot, ShopBot>();
        services.AddSingleton<IShopperChannels, ShopperChannels>();
        services.AddSingleton(sp => new HandoffTelemetry(sp.GetRequiredService<ShopAssistant.Data.IHandoffStore>(), sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<HandoffDesk>();
        services.AddSingleton<ReplyRehearsal>();
        // Every model call's tokens go to the event log (the AI layer asks for this when it records usage).
        services.AddSingleton<AI.IModelUsageLog, ModelUsageEvents>();
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);
        return services;
    }

    /// <summary>POST /api/messages (Bot Framework Activity protocol) and the web chat hub.</summary>
    public static IEndpointRouteBuilder MapShopBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", BotMessagesEndpoint.HandleAsync)
            .WithName("PostActivity")
            .WithSummary("Bot Framework endpoint: receives an Activity; replies go to its serviceUrl.")
            .WithTags("Bot")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        endpoints.MapHub<WebChatHub>(WebChatHub.Path);
        return endpoints;
    }
}
