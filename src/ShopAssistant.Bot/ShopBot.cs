using System.Diagnostics;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Assistant;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// The bot every channel talks to: hands each shopper message to the assistant, sends its reply,
/// remembers the conversation in bot state and logs a turn event for the metrics.
/// </summary>
public sealed class ShopBot(ConversationState conversationState, IShopAssistant assistant, IEventLog events, TimeProvider clock) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationMemory> _memory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var activity = turnContext.Activity;
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var turn = new ShopperTurn(activity.Conversation.Id, activity.From?.Id ?? "", activity.Text ?? "", activity.Locale);
        var reply = await assistant.ReplyAsync(turn, memory, cancellationToken);
        await turnContext.SendActivityAsync(ReplyActivities.From(reply), cancellationToken);
        await events.AppendAsync(new ShopEvent(clock.GetUtcNow(), ShopEventKinds.Turn, turn.ConversationId, turn.ShopperId, reply.Metadata.Intent,
            JsonSerializer.Serialize(new
            {
                reply.Metadata.Confidence, reply.Metadata.Language, reply.Metadata.Handoff, reply.Metadata.Policy,
                LatencyMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            })), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        if (memory.Greeted) return;
        memory.Greeted = true;
        await turnContext.SendActivityAsync(ReplyActivities.From(assistant.Welcome(((ITurnContext)turnContext).Activity.Locale)), cancellationToken);
    }
}
