using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Assistant.Escalation;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Plugins;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Knowledge;
using ShopAssistant.Recommendations.Gifts;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// Where a shopper's message goes: understanding → escalation rules (safety first, in code, before any answer) →
/// the LLM policy when a model is configured, else (or when it fails or its answer is rejected) the offline policy →
/// the service flow's frame (§8: greet first, offer related help, invite a rating) and the reply metadata (contract 2).
/// </summary>
public sealed class Orchestrator : IShopAssistant
{
    /// <summary>Enough for any real question; the rest of a pasted essay is not read.</summary>
    public const int MaxReadLength = 2_000;

    private readonly PolicyCalculator _rules;
    private readonly Domain.Catalogue.Catalogue _catalogue;
    private readonly IMessageUnderstanding _understanding;
    private readonly OfflinePolicy _offline;
    private readonly LlmPolicy? _llm;
    private readonly ShopModel _model;
    private readonly AssistantTelemetry? _telemetry;

    public Orchestrator(IMessageUnderstanding understanding, IKnowledgeIndex index, OrderLookup orders, IProductSuggestions suggestions,
        ShopModel model, ILogger<Orchestrator>? logger = null, ShopPolicy? policy = null, TimeProvider? clock = null,
        AssistantTelemetry? telemetry = null)
    {
        _understanding = understanding;
        _model = model;
        _telemetry = telemetry;
        var rules = _rules = new PolicyCalculator(policy ?? ShopPolicy.Load(DemoShopData.DefaultDirectory));
        var knowledge = new KnowledgePlugin(index);
        var ordersPlugin = new OrdersPlugin(orders);
        _catalogue = orders.Catalogue;
        var recommendations = new RecommendationsPlugin(suggestions, orders);
        clock ??= TimeProvider.System;
        // The process's one kernel (its chat model), cloned to carry the shop's plugins.
        Kernel = model.Kernel.Clone();
        Kernel.Plugins.AddFromObject(knowledge, KnowledgePlugin.Name);
        Kernel.Plugins.AddFromObject(ordersPlugin, OrdersPlugin.Name);
        Kernel.Plugins.AddFromObject(recommendations, RecommendationsPlugin.Name);
        Kernel.Plugins.AddFromObject(new HandoffPlugin(), HandoffPlugin.Name);
        Kernel.Plugins.AddFromObject(new RulesPlugin(rules, clock), RulesPlugin.Name);
        _offline = new OfflinePolicy(knowledge, ordersPlugin, recommendations, rules, clock);
        if (model.Enabled) _llm = new LlmPolicy(model, Kernel, index, orders, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>The process's Kernel with the shop's plugins (and the chat model when configured).</summary>
    public Microsoft.SemanticKernel.Kernel Kernel { get; }

    public AssistantReply Welcome(string? locale)
    {
        var language = ShopLanguages.Parse(locale);
        return new AssistantReply(ReplyTexts.Welcome(language), ReplyMetadata.Offline(Intents.Greeting, 1, language))
        { SuggestedActions = ReplyTexts.Starters(language) };
    }

    public async Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var span = turn.Rehearsal ? null : AssistantTelemetry.StartTurn();
        var raw = turn.Text ?? "";
        var text = (raw.Length > MaxReadLength ? raw[..MaxReadLength] : raw).Trim();
        // A message without words (empty, digits, emoji) keeps the conversation's language, else the channel's locale (en when none).
        var understood = _understanding.Understand(text, memory.Language ?? ShopLanguages.Parse(turn.Locale));
        memory.Language = understood.Language;
        memory.Turns++;
        if (understood.Mood.SaysNotHelpful) memory.CountFailure();

        var reading = DialogueState.Read(understood, memory, topic => _understanding.FollowUpLikelihood(topic, understood.NormalText));
        var gift = GiftRequestReader.Read(text, _catalogue);
        var reply = await AnswerAsync(new ServiceTurn(turn, memory, text, understood, reading) { Gift = gift }, started, ct).ConfigureAwait(false);
        if (!turn.Rehearsal) _model.Telemetry.Turn(reply.Route);
        reply = HandoffPromise.Agree(reply, understood.Language);
        // "That didn't help" is about the last answer's topic: it neither moves nor forgets it.
        if (!reply.Metadata.Handoff && !understood.Mood.SaysNotHelpful) DialogueState.Remember(memory, reading, reply.Metadata.Intent, reply.Metadata.Sources.FirstOrDefault());
        if (!memory.Greeted)
        {
            memory.Greeted = true;
            if (reply.Metadata.Intent != Intents.Greeting || reply.Metadata.Policy == ReplyMetadata.LlmPolicy)
                reply = reply with { Text = ReplyTexts.Hello(understood.Language) + reply.Text };
        }
        if (!turn.Rehearsal) _telemetry?.Turn(System.Diagnostics.Stopwatch.GetElapsedTime(started), reply, span);
        return reply;
    }

    private async Task<AssistantReply> AnswerAsync(ServiceTurn turn, long started, CancellationToken ct)
    {
        var memory = turn.Memory;
        var reportsDamage = EscalationRules.ReportsDamage(turn.Text, turn.Understanding);
        if (reportsDamage) memory.DamageReported = true;
        // Photos with this message, or sent before a damage report that comes now: the report has the photos R4 asks for.
        var photos = turn.Turn.Photos > 0 || (memory.PhotosSent && reportsDamage);
        if (turn.Turn.Photos > 0) memory.PhotosSent = true;
        // A calm request for gift suggestions is a question, whatever complaint or request for a person the model reads into
        // it; "a gift for a colleague" names the person it is for, not one to talk to.
        var asksForGifts = turn.IsGiftTurn || turn.Shops;
        // "hmm a bit much for a colleague tbh" after the list names whom the list is for.
        var giftForSomeone = asksForGifts && turn.Gift.Recipient == "colleague"
            && (GiftConversation.NamesAGift(turn.Text) || turn.Gift.MaxPriceRmb is not null || turn.Gift.MinPriceRmb is not null || GiftConversation.Continues(memory));
        if (EscalationRules.Decide(turn.Text, turn.Understanding, memory.ConsecutiveFailures, EscalationRules.TopicOf(memory), photos, asksForGifts, giftForSomeone) is { } reason)
        {
            // "it's 1am, I want a person": H1/H2 applied to the time the shopper names, beside the desk's own notice.
            var at = reason == HandoffReasons.ShopperRequest && turn.Slots.ClockTime is { } t ? "\n" + ComputedAnswer.ServiceHours(t, turn.Language, _rules) : "";
            var ack = reason == HandoffReasons.DamagedGoods && photos ? ReplyTexts.PhotosHandedOver(turn.Language) : ReplyTexts.HandoffAck(turn.Language, reason);
            return HandOver(turn, reason, ack + at);
        }
        // A photo with nothing said about it ("", "看看这个", "here you go"), no damage reported: ask what to look at rather than
        // guess (no failure counted). A photo with a question ("does this come in blue?") is answered as the question.
        if (turn.Turn.Photos > 0 && (turn.Text.Length == 0 || turn.Understanding.Intent is Intents.Other or Intents.Greeting or Intents.Thanks or Intents.Goodbye))
            return new AssistantReply(ReplyTexts.WhatToLookAt(turn.Language), ReplyMetadata.Offline(Intents.Other, 1, turn.Language));

        PolicyAnswer? answer = null;
        var policy = ReplyMetadata.OfflinePolicy;
        var route = TurnRoutes.Offline;
        if (_llm is not null && turn.Text.Length > 0)
        {
            var before = JsonSerializer.Serialize(memory);
            // The model gets its share of the turn budget, less what understanding took; cancelled past it, so a late
            // model answer can never follow the offline one.
            var timeLeft = _model.Gate.Options.ModelShare - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            (answer, route) = await _llm.TryAnswerAsync(turn, timeLeft, ct).ConfigureAwait(false);
            if (answer is null)
            {
                // Whatever the model's tool calls remembered is undone; the offline policy starts from the same state.
                Restore(memory, before);
                turn = new ServiceTurn(turn.Turn, memory, turn.Text, turn.Understanding, turn.Reading) { Gift = turn.Gift };
            }
            else policy = ReplyMetadata.LlmPolicy;
        }
        answer ??= await _offline.AnswerAsync(turn, ct).ConfigureAwait(false);
        // After a failed answer, a clarifying question is a second answer without confidence (H3.3).
        if (answer.Clarifying && memory.ConsecutiveFailures > 0 && turn.Text.Length > 0) answer = answer with { Unsure = true };

        // A message that says the last answer did not help already counted once; its own unsure answer is the same failure.
        if (answer.Unsure && !turn.Understanding.Mood.SaysNotHelpful) memory.CountFailure();
        else if (!answer.Clarifying && !turn.Understanding.Mood.SaysNotHelpful) memory.ClearFailures();
        if (memory.ConsecutiveFailures >= EscalationRules.FailuresBeforeHandoff)
            return HandOver(turn, HandoffReasons.BotFailedTwice, ReplyTexts.HandoffAck(turn.Language, HandoffReasons.BotFailedTwice)) with { Route = route };
        if (answer.HandoffReason is { } found)
            return HandOver(turn, found, answer.Text, answer.Intent, answer.Confidence, policy) with { Route = route };

        var metadata = new ReplyMetadata(answer.Intent, Confidence(answer.Confidence), turn.Language.Code(), turn.Sources,
            turn.Products.Select(p => p.StockCode).ToList(), false, null, policy);
        return new AssistantReply(answer.Text, metadata) { SuggestedActions = answer.Actions, Products = turn.Products.ToList(), Route = route };
    }

    private static AssistantReply HandOver(ServiceTurn turn, string reason, string text, string? intent = null, double? confidence = null, string policy = ReplyMetadata.OfflinePolicy)
    {
        var failedTopic = turn.Memory.FailedTopic;
        turn.Memory.ClearFailures();
        turn.Memory.PendingIntent = null;
        var u = turn.Understanding;
        // Two failed answers are still about the topic the shopper was asking when the first one failed.
        intent ??= reason == HandoffReasons.BotFailedTwice && (failedTopic ?? turn.Memory.Topic ?? turn.Memory.LastIntent) is { } topic ? topic
            : EscalationRules.IntentOf(reason, turn.Text, u, turn.Memory.DamageReported);
        var metadata = new ReplyMetadata(intent, Confidence(confidence ?? u.Confidence), turn.Language.Code(), turn.Sources, [], true, reason, policy);
        return new AssistantReply(text, metadata);
    }

    /// <summary>Contract 2 reports a confidence in (0, 1]; a message with no words still gets a small positive value.</summary>
    private static double Confidence(double value) => Math.Round(Math.Clamp(value, 0.01, 1), 3);

    private static void Restore(ConversationMemory memory, string json)
    {
        var saved = JsonSerializer.Deserialize<ConversationMemory>(json)!;
        foreach (var property in typeof(ConversationMemory).GetProperties().Where(p => p.CanWrite))
            property.SetValue(memory, property.GetValue(saved));
    }
}
