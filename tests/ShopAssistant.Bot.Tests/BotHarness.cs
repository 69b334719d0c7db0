using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Bot.Storage;
using ShopAssistant.Data.Sqlite;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Bot.Tests;

/// <summary>The real bot, state store and transcript middleware on a temporary database, driven by TestAdapter.</summary>
public sealed class BotHarness
{
    public static readonly DemoShopData Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);

    public BotHarness(string? folder = null)
    {
        Folder = folder ?? Directory.CreateTempSubdirectory("sa-bot-").FullName;
        var database = new SqliteDatabase(Path.Combine(Folder, "shop.db"));
        Transcripts = new SqliteTranscriptLog(database);
        Events = new SqliteEventLog(database);
        Storage = new DatabaseStorage(new SqliteStateStore(database, TimeProvider.System));
        Bot = new ShopBot(new ConversationState(Storage), new FrontDeskAssistant(new OrderLookup(Shop)), Events, TimeProvider.System);
    }

    public string Folder { get; }
    public SqliteTranscriptLog Transcripts { get; }
    public SqliteEventLog Events { get; }
    public DatabaseStorage Storage { get; }
    public ShopBot Bot { get; }

    public TestAdapter NewAdapter(string conversationId = "conv", string shopperId = "guest")
    {
        var reference = TestAdapter.CreateConversation(conversationId, shopperId, "shopassistant");
        return (TestAdapter)new TestAdapter(reference).Use(new TranscriptMiddleware(Transcripts, TimeProvider.System));
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, Bot);
}
