using Microsoft.AspNetCore.SignalR;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ShopAssistant.Bot.Trust;

namespace ShopAssistant.Bot.WebChat;

/// <summary>
/// A Bot Framework adapter for the shop's own web chat page: activities arrive over SignalR and replies are
/// pushed to the conversation's SignalR group. The bot, middleware and state are the same as for /api/messages.
/// </summary>
public sealed class WebChatAdapter : BotAdapter
{
    public const string ChannelId = "webchat";
    public const string ClientMethod = "activity";

    private readonly IHubContext<WebChatHub> _hub;

    public WebChatAdapter(IHubContext<WebChatHub> hub, TranscriptMiddleware transcripts, ILogger<WebChatAdapter> logger)
    {
        _hub = hub;
        Use(transcripts);
        // A typing indicator while the turn takes longer than a blink.
        Use(new ShowTypingMiddleware(delay: 150, period: 2000));
        OnTurnError = TurnErrors.Apologise(logger);
    }

    public Task ProcessAsync(Activity activity, IBot bot, CancellationToken ct) => ProcessAsync(activity, bot, null, ct);

    /// <summary>Runs a turn; the identity the hub verified travels with it (none: a guest).</summary>
    public async Task ProcessAsync(Activity activity, IBot bot, ShopperIdentity? identity, CancellationToken ct)
    {
        using var context = new TurnContext(this, activity);
        identity?.AttachTo(context);
        await RunPipelineAsync(context, bot.OnTurnAsync, ct);
    }

    /// <summary>
    /// An agent's reply or a status change, outside the shopper's turn. BotAdapter's own version disposes the turn
    /// context as soon as the pipeline first yields, which only went unnoticed while every send completed synchronously;
    /// with PostgreSQL writes and the Redis backplane the second send found the context disposed.
    /// </summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id ??= Guid.NewGuid().ToString("N");
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            await _hub.Clients.Group(activity.Conversation.Id).SendAsync(ClientMethod, JsonConvert.SerializeObject(activity, BotJson.Settings), cancellationToken);
            responses[i] = new ResourceResponse(activity.Id);
        }
        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The web chat does not edit sent messages.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The web chat does not delete sent messages.");
}
