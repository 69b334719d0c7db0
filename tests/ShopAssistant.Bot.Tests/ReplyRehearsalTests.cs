using ShopAssistant.Assistant;

namespace ShopAssistant.Bot.Tests;

/// <summary>The start's rehearsal of a turn: both languages through the assistant, never a chat model, nothing kept.</summary>
public sealed class ReplyRehearsalTests
{
    [Fact]
    public async Task Offline_it_asks_the_assistant_in_both_languages_and_keeps_no_conversation()
    {
        var assistant = new RecordingAssistant();
        ReplyRehearsal.WithoutAssistant();
        await new ReplyRehearsal(assistant).RunAsync(offline: true, CancellationToken.None);

        Assert.Equal(["en-GB", "zh-CN"], assistant.Asked.Select(t => t.Locale));
        // A throw-away memory each time: nothing the rehearsal said is remembered for anyone.
        Assert.Equal(2, assistant.Memories.Distinct().Count());
    }

    [Fact]
    public async Task With_a_chat_model_it_only_builds_the_welcome_and_never_asks_for_an_answer()
    {
        var assistant = new RecordingAssistant();
        await new ReplyRehearsal(assistant).RunAsync(offline: false, CancellationToken.None);

        Assert.Empty(assistant.Asked);
        Assert.Equal(["en-GB", "zh-CN"], assistant.Welcomed);
    }

    private sealed class RecordingAssistant : IShopAssistant
    {
        private readonly IShopAssistant _real = BotHarness.SharedAssistant;

        public List<ShopperTurn> Asked { get; } = [];
        public List<ConversationMemory> Memories { get; } = [];
        public List<string?> Welcomed { get; } = [];

        public AssistantReply Welcome(string? locale)
        {
            Welcomed.Add(locale);
            return _real.Welcome(locale);
        }

        public Task<AssistantReply> ReplyAsync(ShopperTurn turn, ConversationMemory memory, CancellationToken ct = default)
        {
            Asked.Add(turn);
            Memories.Add(memory);
            return _real.ReplyAsync(turn, memory, ct);
        }
    }
}
