using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Bot.Storage;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// Writes every inbound activity before the bot sees it and every outbound one before it is sent, so that
/// nothing a shopper said or was told is lost if the process dies mid-turn. (The SDK's
/// TranscriptLoggerMiddleware writes after the turn, which is too late for that.) Typing indicators are not kept.
/// The outbound entries go with the turn's other writes (<see cref="TurnWrites"/>): one transaction per reply sent.
/// </summary>
public sealed class TranscriptMiddleware(ITranscriptLog transcripts, ITurnRecorder recorder, TimeProvider clock) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        // A channel that got no answer in time sends the same activity again: it is stored once and answered once.
        // The shopper's message is its own transaction, before the bot acts on it.
        if (Entry(turnContext.Activity, TranscriptEntry.Inbound) is { } inbound && !await transcripts.AppendInboundOnceAsync(inbound, cancellationToken)) return;
        var writes = new TurnWrites(recorder);
        turnContext.TurnState.Set(writes);
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            var entries = activities.Select(a => Entry(a, TranscriptEntry.Outbound)).OfType<TranscriptEntry>().ToList();
            // A typing indicator stores nothing and does not wait for the turn's writes.
            if (entries.Count > 0) await writes.CommitAsync(entries, CancellationToken.None);
            return await nextSend();
        });
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            writes.Drop();
            throw;
        }
        // What the turn wrote after its last reply (or without one: a message forwarded to an agent, a greeting-less update).
        await writes.CommitAsync([], CancellationToken.None);
    }

    /// <summary>The entry kept for an activity; null for what is not part of the conversation.</summary>
    private TranscriptEntry? Entry(Activity activity, string direction)
    {
        // Typing indicators and the adapter's own continuation signal (agent replies) are not part of the conversation.
        if (activity.Conversation?.Id is not { Length: > 0 } || activity.Type == ActivityTypes.Typing
            || (activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation))
            return null;
        activity.Timestamp ??= clock.GetUtcNow();
        // Issue 11 item 6: what is kept has personal data masked; the bot goes on reading the unmasked live activity.
        var (text, json) = MaskedActivity.Of(activity);
        return new TranscriptEntry(
            ConversationKeys.Of(activity), direction, activity.Type ?? "unknown", activity.Id, activity.From?.Id, activity.From?.Role,
            text, json, activity.Timestamp.Value);
    }
}
