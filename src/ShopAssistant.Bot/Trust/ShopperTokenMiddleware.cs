using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// For Bot Framework channels: the turn's shopper is the customer of the activity's signed shopper token
/// (channelData.shopperToken), else a guest. The endpoint has refused invalid tokens already; this reads the verified
/// customer id into the turn, because CloudAdapter builds its own turn context.
/// </summary>
public sealed class ShopperTokenMiddleware(ShopperTokens tokens) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var token = (activity.ChannelData as JObject)?["shopperToken"] is JValue { Type: JTokenType.String } v ? (string?)v : null;
        var check = await tokens.CheckAsync(token);
        new ShopperIdentity(check.Valid ? check.CustomerId : null, ConversationKeys.ChannelUser(activity.ChannelId, activity.From?.Id)).AttachTo(turnContext);
        await next(cancellationToken);
    }
}
