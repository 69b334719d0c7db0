using ShopAssistant.AI;
using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

/// <summary>Issue 17 on the dashboard: turns by route, tokens and estimated cost per conversation and per bot-resolved one.</summary>
public sealed class ModelFiguresTests
{
    private static readonly DateRange Range = new(Beijing(11, 20, 0), Beijing(11, 22, 0));
    private static readonly ModelCostOptions Prices = new() { InputPer1kTokens = 0.5m, OutputPer1kTokens = 2m };

    [Fact]
    public void Shares_tokens_and_costs_add_up()
    {
        var log = new EventLogBuilder()
            // c1: two model answers, resolved by the bot.
            .RoutedTurn(Beijing(11, 20, 10), "c1", TurnRoutes.Llm).Usage(Beijing(11, 20, 10), "c1", 1000, 200)
            .RoutedTurn(Beijing(11, 20, 11), "c1", TurnRoutes.Llm).Usage(Beijing(11, 20, 11), "c1", 1000, 300)
            // c2: the breaker was open, then a person took over (not bot-resolved); its handoff summary cost tokens.
            .RoutedTurn(Beijing(11, 21, 9), "c2", TurnRoutes.BreakerOpen)
            .Handoff(Beijing(11, 21, 9, 1), "c2", 7).Usage(Beijing(11, 21, 9, 1), "c2", 2000, 500, ModelPurposes.Summary)
            // c3: over the time budget, resolved by the offline answer; a turn logged before routes existed.
            .RoutedTurn(Beijing(11, 21, 12), "c3", TurnRoutes.OverBudget)
            .Turn(Beijing(11, 21, 13), "c3")
            // The flow judge on the dashboard: no conversation.
            .Usage(Beijing(11, 21, 15), "", 4000, 1000, ModelPurposes.Judge)
            // Outside the range.
            .RoutedTurn(Beijing(11, 22, 1), "c4", TurnRoutes.Llm).Usage(Beijing(11, 22, 1), "c4", 9999, 9999);
        var conversations = ConversationFacts.Group(log.Events, Range);

        var figures = ModelFigures.Compute(log.Events, conversations, Range, Prices);

        Assert.Equal(5, figures.Turns);
        Assert.Equal(2, figures.TurnsByRoute[TurnRoutes.Llm]);
        Assert.Equal(1, figures.TurnsByRoute[TurnRoutes.BreakerOpen]);
        Assert.Equal(1, figures.TurnsByRoute[TurnRoutes.OverBudget]);
        Assert.Equal(1, figures.TurnsByRoute[TurnRoutes.Offline]);
        Assert.Equal(0.4, figures.ShareByRoute[TurnRoutes.Llm]);
        Assert.Equal(8000, figures.InputTokens);
        Assert.Equal(2000, figures.OutputTokens);
        Assert.Equal(8m, figures.Cost); // 8000 × 0.5/1k + 2000 × 2/1k
        Assert.Equal(5000, figures.JudgeTokens);
        Assert.Equal(3, figures.Conversations);
        Assert.Equal(2, figures.BotResolvedConversations);
        // Conversation tokens: 4000 in, 1000 out → ¥2 + ¥2 = ¥4 over 3 conversations, over 2 bot-resolved ones.
        Assert.Equal(1666.7, figures.TokensPerConversation);
        Assert.Equal(1.3333m, figures.CostPerConversation);
        Assert.Equal(2m, figures.CostPerBotResolvedConversation);
        Assert.Equal([new ModelDay(new DateOnly(2026, 11, 20), 2000, 500, 2m), new ModelDay(new DateOnly(2026, 11, 21), 6000, 1500, 6m)], figures.ByDay);
    }

    [Fact]
    public void An_empty_range_reads_as_zeros()
    {
        var figures = ModelFigures.Compute([], new Dictionary<string, ConversationFacts>(), Range, Prices);

        Assert.Equal(0, figures.Turns);
        Assert.Empty(figures.TurnsByRoute);
        Assert.Equal(0m, figures.CostPerBotResolvedConversation);
        Assert.Equal(2, figures.ByDay.Count);
    }
}
