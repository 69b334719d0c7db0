using System.Diagnostics;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using System.Text.RegularExpressions;
using ShopAssistant.Assistant;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// The bot every channel talks to: hands each shopper message to the assistant, sends its reply,
/// remembers the conversation in bot state and logs a turn event for the metrics. While a person has the
/// conversation, the shopper's messages go to them instead; escalations go to the handoff desk.
/// </summary>
public sealed partial class ShopBot(
    ConversationMemoryState memories, IShopAssistant assistant, IHandoffStore handoffs, HandoffDesk desk, IEventLog events, TimeProvider clock)
    : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await memories.SaveAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var activity = turnContext.Activity;
        if (await handoffs.FindOpenAsync(activity.Conversation.Id, cancellationToken) is { } open)
        {
            await desk.ForwardFromShopperAsync(turnContext, open, cancellationToken);
            return;
        }
        var memory = await memories.GetAsync(turnContext, cancellationToken);
        if (memory.AwaitingRatingFor is not null)
        {
            if (Stars().Match(activity.Text ?? "") is { Success: true } stars)
            {
                await desk.RecordRatingAsync(turnContext, memory, int.Parse(stars.Groups["n"].Value), cancellationToken);
                return;
            }
            memory.AwaitingRatingFor = null;
        }

        var turn = new ShopperTurn(activity.Conversation.Id, activity.From?.Id ?? "", activity.Text ?? "", activity.Locale);
        var reply = await assistant.ReplyAsync(turn, memory, cancellationToken);
        if (reply.Metadata.Handoff) await desk.EscalateAsync(turnContext, reply, cancellationToken);
        else await turnContext.SendActivityAsync(ReplyActivities.From(reply), cancellationToken);
        await events.AppendAsync(new ShopEvent(clock.GetUtcNow(), ShopEventKinds.Turn, turn.ConversationId, turn.ShopperId, reply.Metadata.Intent,
            JsonSerializer.Serialize(new
            {
                reply.Metadata.Confidence, reply.Metadata.Language, reply.Metadata.Handoff, reply.Metadata.HandoffReason, reply.Metadata.Policy,
                LatencyMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            })), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        var memory = await memories.GetAsync(turnContext, cancellationToken);
        if (memory.Greeted) return;
        memory.Greeted = true;
        await turnContext.SendActivityAsync(ReplyActivities.From(assistant.Welcome(((ITurnContext)turnContext).Activity.Locale)), cancellationToken);
    }

    /// <summary>"5", "5星", "4 stars", "⭐⭐⭐": a rating from 1 to 5.</summary>
    [GeneratedRegex(@"^\s*(?<n>[1-5])\s*(星|颗星|分|stars?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stars();
}
