using System.Diagnostics;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Bot;

/// <summary>
/// The bot every channel talks to: hands each shopper message to the assistant, sends its reply,
/// remembers the conversation in bot state and logs a turn event for the metrics. While a person has the
/// conversation, the shopper's messages go to them instead; escalations go to the handoff desk.
/// </summary>
public sealed partial class ShopBot(
    ConversationMemoryState memories, IShopAssistant assistant, IHandoffStore handoffs, HandoffDesk desk, IIncidentNotices incidents,
    IEventLog events, ITrafficLimits limits, TimeProvider clock, Domain.DemoShop.DemoShopData? shop = null)
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
        var key = ConversationKeys.Of(activity);
        var memory = await memories.GetAsync(turnContext, cancellationToken);
        var identity = ShopperIdentity.Of(turnContext);
        var turn = new ShopperTurn(key, activity.From?.Id ?? "", activity.Text ?? "", activity.Locale, identity.CustomerId, identity.ClientKey)
        {
            Photos = Photos.PhotoAttachments.IdsIn(activity).Count,
        };
        // A product card's buttons count for handbook Q8 whoever is answering: a shopper waiting for a person may still
        // open a suggestion or put it in the cart.
        if (ProductCards.AddedStockCode(activity) is { } added)
        {
            await AddToCartAsync(turnContext, added, cancellationToken);
            return;
        }
        if (ProductCards.ClickedStockCode(activity) is { } clicked)
        {
            // Count the click and ask about that product.
            await LogAsync(turnContext, ShopEventKinds.RecommendationClicked, null, new { stockCode = clicked }, cancellationToken);
            turn = turn with { Text = clicked };
        }
        if (await handoffs.FindOpenAsync(key, cancellationToken) is { } open)
        {
            // While the shopper waits for a person, what the bot can answer meanwhile is answered (the desk decides what to send).
            var meanwhile = open.Status == HandoffStatus.Waiting
                ? await assistant.ReplyAsync(turn, memory, cancellationToken)
                : null;
            await desk.ForwardFromShopperAsync(turnContext, open, cancellationToken, meanwhile);
            return;
        }
        if (memory.RatingAsked)
        {
            if (ShopperRating.Read(activity.Text) is { } stars)
            {
                await desk.RecordRatingAsync(turnContext, memory, stars, cancellationToken);
                return;
            }
            memory.RatingAsked = false;
            memory.RatedHandoff = null;
            memory.RatingAgent = null;
        }

        // A typing indicator while the model works (only when it is asked: not while its breaker is open).
        turn = turn with { ModelWorking = ct => turnContext.SendActivityAsync(new Microsoft.Bot.Schema.Activity { Type = ActivityTypes.Typing }, ct) };
        var suggestions = SuggestionSource.Begin();
        var reply = await assistant.ReplyAsync(turn, memory, cancellationToken);
        // Handbook E1: while a manager's incident is declared, every answer it bears on says so, and the turn is tagged.
        var notices = await incidents.ForAsync(reply.Metadata.Intent, reply.Metadata.Language, cancellationToken);
        if (notices.Count > 0) reply = reply with { Text = reply.Text + "\n\n" + string.Join("\n", notices.Select(n => "⚠ " + n.Text)) };
        if (reply.Metadata.Handoff && activity.ChannelId == WebChat.WebChatAdapter.ChannelId
            && !Domain.Conversations.HandoffReasons.IsSafetyOrLegal(reply.Metadata.HandoffReason)
            && !(await limits.TryAcquireAsync(TrafficLimit.Handoffs, identity.ClientKey)).Allowed)
        {
            // One web chat address asking for a person again and again (new conversations each time) is capped per hour.
            // Safety and legal reports always reach a person (handbook H3); new conversations per address bound them.
            await LogAsync(turnContext, ShopEventKinds.Throttled, reply.Metadata.Intent, new { limit = nameof(TrafficLimit.Handoffs) }, cancellationToken);
            reply = reply with { Text = TrafficTexts.TooManyHandoffs(reply.Metadata.Language), Metadata = reply.Metadata with { Handoff = false, HandoffReason = null } };
        }
        // The turn's events and state are written before the reply leaves, in the reply's transaction (TurnWrites), so the
        // turn's latency stops before the channel's HTTP call (and before the escalation's own writes).
        await LogAsync(turnContext, ShopEventKinds.Turn, reply.Metadata.Intent, new
        {
            reply.Metadata.Confidence, reply.Metadata.Language, reply.Metadata.Handoff, reply.Metadata.HandoffReason, reply.Metadata.Policy, reply.Route,
            LatencyMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            Incidents = notices.Select(n => n.IncidentId),
        }, cancellationToken);
        if (reply.Products.Count > 0)
            await LogAsync(turnContext, ShopEventKinds.RecommendationShown, reply.Metadata.Intent, new { stockCodes = reply.Products.Select(p => p.StockCode) }, cancellationToken);
        if (reply.Metadata.Handoff) await desk.EscalateAsync(turnContext, reply, cancellationToken);
        else
        {
            await memories.SaveAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(ReplyActivities.From(reply, suggestions), cancellationToken);
        }
    }

    /// <summary>
    /// "Add to cart" on a card: logged for the add-to-cart rate (handbook Q8) and confirmed in one line; the assistant
    /// is not asked, because there is nothing to understand. A code the catalogue does not know is neither logged nor added.
    /// </summary>
    private async Task AddToCartAsync(ITurnContext turnContext, string stockCode, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var language = activity.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? "zh" : "en";
        var product = shop?.Catalogue.Find(stockCode);
        if (shop is not null && product is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(CardTexts.NoLongerSold(language)), ct);
            return;
        }
        await LogAsync(turnContext, ShopEventKinds.RecommendationAddedToCart, null, new { stockCode }, ct);
        await turnContext.SendActivityAsync(MessageFactory.Text(CardTexts.AddedToCart(language, product?.Name ?? stockCode)), ct);
    }

    private Task LogAsync(ITurnContext turnContext, string kind, string? intent, object data, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var shopEvent = new ShopEvent(clock.GetUtcNow(), kind, ConversationKeys.Of(activity), activity.From?.Id, intent, JsonSerializer.Serialize(data));
        // With the turn's other writes when the turn has them (see TurnWrites): stored with its next reply, or at its end.
        if (Storage.TurnWrites.Of(turnContext) is not { } writes) return events.AppendAsync(shopEvent, ct);
        writes.Add(shopEvent);
        return Task.CompletedTask;
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        var memory = await memories.GetAsync(turnContext, cancellationToken);
        if (memory.Greeted) return;
        memory.Greeted = true;
        await turnContext.SendActivityAsync(ReplyActivities.From(assistant.Welcome(((ITurnContext)turnContext).Activity.Locale)), cancellationToken);
    }
}
