using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// Writes every inbound activity before the bot sees it and every outbound one before it is sent, so that
/// nothing a shopper said or was told is lost if the process dies mid-turn. (The SDK's
/// TranscriptLoggerMiddleware writes after the turn, which is too late for that.) Typing indicators are not kept.
/// </summary>
public sealed class TranscriptMiddleware(ITranscriptLog transcripts, TimeProvider clock) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        // A channel that got no answer in time sends the same activity again: it is stored once and answered once.
        if (!await WriteAsync(turnContext.Activity, TranscriptEntry.Inbound, cancellationToken)) return;
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var activity in activities) await WriteAsync(activity, TranscriptEntry.Outbound, CancellationToken.None);
            return await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>False when the inbound activity was stored before (a redelivery).</summary>
    private async Task<bool> WriteAsync(Activity activity, string direction, CancellationToken ct)
    {
        // Typing indicators and the adapter's own continuation signal (agent replies) are not part of the conversation.
        if (activity.Conversation?.Id is not { Length: > 0 } || activity.Type == ActivityTypes.Typing
            || (activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation))
            return true;
        activity.Timestamp ??= clock.GetUtcNow();
        // Issue 11 item 6: what is kept has personal data masked; the bot goes on reading the unmasked live activity.
        var (text, json) = MaskedActivity.Of(activity);
        var entry = new TranscriptEntry(
            ConversationKeys.Of(activity), direction, activity.Type ?? "unknown", activity.Id, activity.From?.Id, activity.From?.Role,
            text, json, activity.Timestamp.Value);
        if (direction == TranscriptEntry.Inbound) return await transcripts.AppendInboundOnceAsync(entry, ct);
        await transcripts.AppendAsync(entry, ct);
        return true;
    }
}
