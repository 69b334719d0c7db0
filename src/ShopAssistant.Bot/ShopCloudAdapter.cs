using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using ShopAssistant.Bot.Trust;

namespace ShopAssistant.Bot;

/// <summary>
/// The Bot Framework endpoint's adapter. With no MicrosoftAppId configured, BotFrameworkAuthentication accepts
/// unauthenticated traffic, which the endpoint limits to the allowed service URLs; with one, it enforces channel
/// authentication.
/// </summary>
public sealed class ShopCloudAdapter : CloudAdapter
{
    public ShopCloudAdapter(BotFrameworkAuthentication authentication, TranscriptMiddleware transcripts, ShopperTokenMiddleware shoppers, ILogger<ShopCloudAdapter> logger)
        : base(authentication, logger)
    {
        Use(transcripts);
        Use(shoppers);
        OnTurnError = TurnErrors.Apologise(logger);
    }

    /// <summary>
    /// A turn for an activity the endpoint has already read and checked (ProcessAsync would read the request body again):
    /// authenticated when channel authentication is configured; the invoke response, if the turn made one.
    /// </summary>
    public Task<InvokeResponse> ProcessReadActivityAsync(string authHeader, Microsoft.Bot.Schema.Activity activity, IBot bot, CancellationToken ct) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, ct);
}

internal static class TurnErrors
{
    /// <summary>Logs the failure and tells the shopper, in both languages because the turn failed before we knew theirs.</summary>
    public static Func<ITurnContext, Exception, Task> Apologise(ILogger logger) => async (turnContext, exception) =>
    {
        logger.LogError(exception, "Turn failed in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
        await turnContext.SendActivityAsync("抱歉，系统暂时出了点问题，请稍后再试。Sorry, something went wrong on our side; please try again in a moment.");
    };
}
