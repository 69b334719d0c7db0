using System.Text.Json;
using Microsoft.Bot.Schema;
using ShopAssistant.AI;
using ShopAssistant.Assistant;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

/// <summary>Issue 17 in the bot layer: a typing indicator before the model works, and each turn's route in the event log.</summary>
public sealed class ModelTurnTests
{
    [Fact]
    public async Task The_shopper_sees_typing_before_a_model_answer_and_the_turn_event_says_which_route_answered()
    {
        var harness = new BotHarness(assistant: new ModelAssistant(askModel: true, TurnRoutes.OverBudget));

        await harness.Flow(harness.NewAdapter())
            .Send("how much is shipping?")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply(reply => Assert.Equal("offline answer", reply.AsMessageActivity().Text))
            .StartTestAsync();

        var turn = Assert.Single(await harness.Events.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Kind == ShopEventKinds.Turn);
        Assert.Equal(TurnRoutes.OverBudget, JsonDocument.Parse(turn.DataJson!).RootElement.GetProperty("Route").GetString());
        // Typing indicators are not part of the conversation's transcript.
        Assert.DoesNotContain(await harness.Transcripts.ReadAsync(BotHarness.Key("conv")), e => e.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task No_typing_indicator_when_the_model_is_not_asked()
    {
        var harness = new BotHarness(assistant: new ModelAssistant(askModel: false, TurnRoutes.BreakerOpen));

        await harness.Flow(harness.NewAdapter())
            .Send("how much is shipping?")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Message, reply.Type))
            .StartTestAsync();
    }

    [Fact]
    public async Task Usage_is_stored_as_model_usage_events_and_read_back_per_day()
    {
        var harness = new BotHarness();
        var usage = new ModelUsageEvents(harness.Events, harness.Clock);
        var now = harness.Clock.GetUtcNow();

        await usage.AppendAsync(new ModelUsageRecord(now.AddDays(-1), ModelPurposes.Answer, "c-old", "m", 1000, 1000));
        await usage.AppendAsync(new ModelUsageRecord(now.AddMinutes(-2), ModelPurposes.Answer, "c-1", "m", 120, 30));
        await usage.AppendAsync(new ModelUsageRecord(now.AddMinutes(-1), ModelPurposes.Judge, null, "m", 400, 80));

        Assert.Equal(630, await usage.TokensSinceAsync(now.AddHours(-1)));
        var stored = (await harness.Events.ReadAsync(now.AddHours(-1), now.AddSeconds(1))).Where(e => e.Kind == ShopEventKinds.ModelUsage).ToList();
        Assert.Equal(["c-1", ""], stored.Select(e => e.ConversationId));
        Assert.Equal(new ModelUsage(120, 30), ModelUsageData.Read(stored[0].DataJson));
    }

    /// <summary>An assistant that, like the orchestrator, announces the model's work only when it asks the model.</summary>
    private sealed class ModelAssistant(bool askModel, string route) : IShopAssistant
    {
        public AssistantReply Welcome(string? locale) => new("hi", ReplyMetadata.Offline("greeting", 1, Domain.ShopLanguage.En));

        public async Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default)
        {
            if (askModel && turn.ModelWorking is { } working) await working(ct);
            return new AssistantReply("offline answer", ReplyMetadata.Offline("shipping_policy", 0.9, Domain.ShopLanguage.En)) { Route = route };
        }
    }
}
