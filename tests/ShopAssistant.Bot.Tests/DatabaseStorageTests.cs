using Microsoft.Bot.Builder;
using ShopAssistant.Assistant;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

public sealed class DatabaseStorageTests
{
    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public string ETag { get; set; } = "";
    }

    [Fact]
    public async Task Conversation_state_survives_a_new_storage_on_the_same_database()
    {
        var first = new BotHarness();
        await first.Flow(first.NewAdapter("conv-s"))
            .Send("order 536367")
            .AssertReply(_ => { })
            .StartTestAsync();

        var restarted = new BotHarness(first.Folder);
        var state = new ConversationState(restarted.Storage);
        var context = new TurnContext(restarted.NewAdapter("conv-s"), new Microsoft.Bot.Schema.Activity
        {
            Type = "message", ChannelId = "test", Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "conv-s"),
        });
        await state.LoadAsync(context);
        var memory = await state.CreateProperty<ConversationMemory>(nameof(ConversationMemory)).GetAsync(context, () => new ConversationMemory());

        Assert.Equal(536367, memory.PendingOrderNo);
        Assert.Equal(1, memory.Turns);
    }

    [Fact]
    public async Task Store_items_get_optimistic_concurrency()
    {
        var storage = new BotHarness().Storage;
        var note = new Note { Text = "first", ETag = "*" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });
        var stale = new Note { Text = "stale", ETag = "not-the-current-etag" };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));
        note.Text = "second";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });

        var read = (await storage.ReadAsync<Note>(["k"]))["k"];
        Assert.Equal("second", read.Text);
        Assert.Equal(note.ETag, read.ETag);
    }
}
