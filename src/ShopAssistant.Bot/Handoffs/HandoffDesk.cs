
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Summaries;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding.Entities;

namespace ShopAssistant.Bot.Handoffs;

public enum HandoffActionResult { Done, NotFound, Conflict }

/// <summary>
/// Everything that happens to a handed-over conversation: escalation from a bot turn, the shopper's messages
/// while a person has it, and the agent's claim, replies, transfer, resolution or return to the bot.
/// </summary>
public sealed class HandoffDesk(
    IHandoffStore handoffs,
    ITranscriptLog transcripts,
    IEventLog events,
    IStaffNotifier staff,
    IConversationSummarizer summarizer,
    IShopperChannels channels,
    ConversationMemoryState memories,
    TimeProvider clock,
    HandoffTelemetry? telemetry = null,
    IPhotoStore? photos = null)
{
    public const string InitiateEvent = "handoff.initiate";
    public const string StatusEvent = "handoff.status";

    /// <summary>Hands the conversation to a person and tells the shopper what happens next (H1–H4).</summary>
    public async Task<Handoff> EscalateAsync(ITurnContext turnContext, AssistantReply reply, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var activity = turnContext.Activity;
        var reason = reply.Metadata.HandoffReason ?? HandoffReasons.ShopperRequest;
        var language = reply.Metadata.Language;
        var afterHours = !ServiceHours.IsOpen(now);
        var key = ConversationKeys.Of(activity);
        var transcript = await transcripts.ReadAsync(key, ct);
        var extractive = HandoffSummary.Build(transcript, IntentsOf(transcript).Append(reply.Metadata.Intent).ToList(), reason, language);
        var written = await summarizer.SummarizeAsync(HandoffSummary.Lines(transcript), reason, language, key, ct);
        // Agents see a customer's orders only when the customer id was verified from a signed token.
        var created = await handoffs.TryCreateAsync(new Handoff(0, key, activity.From?.Id ?? "", activity.ChannelId,
            JsonConvert.SerializeObject(activity.GetConversationReference()), reason, HandoffReasons.PriorityOf(reason), language,
            // The transcript is stored masked already; a model-written summary could still quote what it was told.
            PersonalData.Mask(written is null ? extractive : written + "\n\n" + extractive),
            afterHours, HandoffStatus.Waiting, null, null, now, null, null, null, ShopperIdentity.Of(turnContext).CustomerId), ct);
        if (created is null && await handoffs.FindOpenAsync(key, ct) is { } open)
        {
            // At most one open handoff per conversation: a message that raced the first escalation joins it.
            await ForwardFromShopperAsync(turnContext, open, ct);
            return open;
        }
        var handoff = created ?? throw new InvalidOperationException($"Handoff for {key} was neither created nor found open.");

        var queue = await handoffs.ListAsync(HandoffStatus.Waiting, 1000, ct);
        var ahead = queue.TakeWhile(h => h.Id != handoff.Id).Count();
        telemetry?.Created(handoff, queue.Count);
        var next = afterHours
            ? HandoffTexts.LeftMessage(language, ServiceHours.AnswerLeftMessageBy(now))
            : HandoffTexts.Queued(language, ahead, await TypicalWaitAsync(now, ct));
        var told = reply with { Text = string.IsNullOrWhiteSpace(reply.Text) ? next : reply.Text + "\n" + next };
        await turnContext.SendActivityAsync(ReplyActivities.From(told), ct);

        var conversation = transcript.Select(t => JsonConvert.DeserializeObject<Activity>(t.ActivityJson)!).Where(a => a.Type == ActivityTypes.Message).ToList();
        // The photos the shopper sent go with the handoff: the agent works the claim from them (H3.4).
        var sent = photos is null ? [] : (await photos.ListAsync(key, ct)).Select(p => Photos.PhotoAttachments.Url(p.Id)).ToList();
        await turnContext.SendActivityAsync(EventFactory.CreateHandoffInitiation(turnContext,
            new { handoffId = handoff.Id, reason, language, priority = handoff.Priority, afterHours, summary = handoff.Summary, photos = sent },
            new Transcript(conversation)), ct);

        await LogAsync(ShopEventKinds.Handoff, handoff, new { handoffId = handoff.Id, reason, priority = handoff.Priority, afterHours, photos = sent.Count }, ct);
        await staff.HandoffChangedAsync(handoff, ct);
        return handoff;
    }

    /// <summary>
    /// A shopper message while the conversation is with the team: it goes to the console. While nobody has claimed it yet, a
    /// question the bot can answer (the assistant's <paramref name="answer"/>) is answered meanwhile, and the shopper is told
    /// the message is with the team too; once an agent has it, the bot stays silent.
    /// </summary>
    public async Task ForwardFromShopperAsync(ITurnContext turnContext, Handoff handoff, CancellationToken ct, AssistantReply? answer = null)
    {
        var text = PersonalData.Mask(turnContext.Activity.Text ?? "");
        var sent = Photos.PhotoAttachments.IdsIn(turnContext.Activity).Select(Photos.PhotoAttachments.Url).ToList();
        await staff.ShopperMessageAsync(handoff, text, sent, clock.GetUtcNow(), ct);
        if (handoff.Status != HandoffStatus.Waiting) return;
        var waiting = HandoffTexts.StillWaiting(handoff.Language);
        var answered = answer is { Metadata.Handoff: false } && AnswersMeanwhile(answer.Metadata);
        var holding = new AssistantReply(answered ? answer!.Text + "\n" + waiting : waiting,
            new ReplyMetadata(answer?.Metadata.Intent ?? Intents.HumanAgent, answer?.Metadata.Confidence ?? 1, handoff.Language,
                answered ? answer!.Metadata.Sources : [], [], true, handoff.Reason, answer?.Metadata.Policy ?? ReplyMetadata.OfflinePolicy));
        await turnContext.SendActivityAsync(ReplyActivities.From(holding), ct);
    }

    /// <summary>Only a sure answer about a rule or an order is worth sending while a person is on the way, never small talk.</summary>
    private static bool AnswersMeanwhile(ReplyMetadata metadata) =>
        metadata.Confidence >= 0.45 && metadata.Intent is not (Intents.Other or Intents.Greeting or Intents.Goodbye or Intents.Thanks
            or Intents.Complaint or Intents.Recommendation);

    public async Task<HandoffActionResult> ClaimAsync(long id, string agent, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await handoffs.GetAsync(id, ct) is not { } handoff) return HandoffActionResult.NotFound;
        if (!await handoffs.TryClaimAsync(id, agent, now, ct)) return HandoffActionResult.Conflict;
        telemetry?.Claimed(handoff, now);
        handoff = (await handoffs.GetAsync(id, ct))!;
        await LogAsync(ShopEventKinds.HandoffClaimed, handoff, new { handoffId = id, agent, queueWaitMs = (now - handoff.CreatedAt).TotalMilliseconds }, ct);
        await channels.ContinueAsync(handoff, async (context, token) =>
        {
            await context.SendActivityAsync(StatusActivity("accepted"), token);
            await context.SendActivityAsync(AgentMessage(HandoffTexts.AgentJoined(handoff.Language, agent), agent, id), token);
        }, ct);
        await staff.HandoffChangedAsync(handoff, ct);
        return HandoffActionResult.Done;
    }

    public async Task<HandoffActionResult> SayAsync(long id, string agent, string text, CancellationToken ct)
    {
        if (await handoffs.GetAsync(id, ct) is not { } handoff) return HandoffActionResult.NotFound;
        if (handoff.Status != HandoffStatus.Active || handoff.Agent != agent) return HandoffActionResult.Conflict;
        var now = clock.GetUtcNow();
        await channels.ContinueAsync(handoff, (context, token) => context.SendActivityAsync(AgentMessage(text, agent, id), token), ct);
        if (handoff.FirstReplyAt is null)
        {
            await handoffs.MarkFirstReplyAsync(id, now, ct);
            await LogAsync(ShopEventKinds.AgentMessage, handoff, new { handoffId = id, agent, firstResponseMs = (now - handoff.ClaimedAt!.Value).TotalMilliseconds }, ct);
        }
        else
        {
            await LogAsync(ShopEventKinds.AgentMessage, handoff, new { handoffId = id, agent }, ct);
        }
        return HandoffActionResult.Done;
    }

    public async Task<HandoffActionResult> TransferAsync(long id, string agent, string toAgent, CancellationToken ct)
    {
        if (await handoffs.GetAsync(id, ct) is null) return HandoffActionResult.NotFound;
        if (!await handoffs.TryTransferAsync(id, agent, toAgent, ct)) return HandoffActionResult.Conflict;
        await staff.HandoffChangedAsync((await handoffs.GetAsync(id, ct))!, ct);
        return HandoffActionResult.Done;
    }

    /// <summary>Closes the handoff; resolved ones ask the shopper for a rating, returned ones hand the chat back to the bot.</summary>
    public async Task<HandoffActionResult> CloseAsync(long id, string agent, string status, string? disposition, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await handoffs.GetAsync(id, ct) is null) return HandoffActionResult.NotFound;
        if (!await handoffs.TryCloseAsync(id, agent, status, disposition, now, ct)) return HandoffActionResult.Conflict;
        var handoff = (await handoffs.GetAsync(id, ct))!;
        await LogAsync(ShopEventKinds.HandoffClosed, handoff,
            new { handoffId = id, agent, status, disposition, handleMs = (now - handoff.ClaimedAt!.Value).TotalMilliseconds }, ct);
        await channels.ContinueAsync(handoff, async (context, token) =>
        {
            await context.SendActivityAsync(StatusActivity("completed"), token);
            var resolved = status == HandoffStatus.Resolved;
            var text = resolved ? HandoffTexts.AskRating(handoff.Language) : HandoffTexts.BackToBot(handoff.Language);
            var reply = new AssistantReply(text, ReplyMetadata.Offline(resolved ? Intents.Goodbye : Intents.Other, 1, Domain.ShopLanguages.Parse(handoff.Language)))
            { SuggestedActions = resolved ? HandoffTexts.RatingButtons(handoff.Language) : [] };
            await context.SendActivityAsync(ReplyActivities.From(reply), token);
            if (resolved)
            {
                var memory = await memories.GetAsync(context, token);
                memory.RatingAsked = true;
                memory.RatedHandoff = id;
                memory.RatingAgent = agent;
                await memories.SaveAsync(context, token);
            }
        }, ct);
        await staff.HandoffChangedAsync(handoff, ct);
        return HandoffActionResult.Done;
    }

    /// <summary>Stores the 1–5 rating the shopper was asked for (of the bot's service, or of the handoff just closed), and thanks them.</summary>
    public async Task RecordRatingAsync(ITurnContext turnContext, ConversationMemory memory, int stars, CancellationToken ct)
    {
        var language = memory.Language is { } l ? l : Domain.ShopLanguage.Zh;
        await events.AppendAsync(new ShopEvent(clock.GetUtcNow(), ShopEventKinds.Rating, ConversationKeys.Of(turnContext.Activity),
            turnContext.Activity.From?.Id, null, System.Text.Json.JsonSerializer.Serialize(new { stars, handoffId = memory.RatedHandoff, agent = memory.RatingAgent })), ct);
        memory.RatingAsked = false;
        memory.RatedHandoff = null;
        memory.RatingAgent = null;
        var thanks = new AssistantReply(HandoffTexts.ThanksForRating(Domain.ShopLanguages.Code(language)), ReplyMetadata.Offline(Intents.Thanks, 1, language));
        await turnContext.SendActivityAsync(ReplyActivities.From(thanks), ct);
    }

    private async Task<TimeSpan?> TypicalWaitAsync(DateTimeOffset now, CancellationToken ct)
    {
        var waits = (await handoffs.ListAsync(HandoffStatus.Resolved, 50, ct))
            .Where(h => h.ClaimedAt is not null && now - h.CreatedAt < TimeSpan.FromDays(1) && !h.AfterHours)
            .Select(h => h.ClaimedAt!.Value - h.CreatedAt).Order().ToList();
        return waits.Count < 3 ? null : waits[waits.Count / 2];
    }

    private Task LogAsync(string kind, Handoff handoff, object data, CancellationToken ct) =>
        events.AppendAsync(new ShopEvent(clock.GetUtcNow(), kind, handoff.ConversationId, handoff.ShopperId, null, System.Text.Json.JsonSerializer.Serialize(data)), ct);

    private static Activity AgentMessage(string text, string agent, long handoffId)
    {
        var message = MessageFactory.Text(text);
        message.ChannelData = new JObject { ["agent"] = agent, ["handoffId"] = handoffId };
        return message;
    }

    private static Activity StatusActivity(string state)
    {
        var activity = (Activity)Activity.CreateEventActivity();
        activity.Name = StatusEvent;
        activity.Value = new JObject { ["state"] = state };
        return activity;
    }

    private static IEnumerable<string> IntentsOf(IReadOnlyList<TranscriptEntry> transcript) =>
        transcript.Where(t => t.Direction == TranscriptEntry.Outbound)
            .Select(t => StoredActivity.Of(t).Intent)
            .OfType<string>();
}
