using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json;
using Microsoft.Bot.Schema;
using ShopAssistant.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Bot.Handoffs;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Bot.Storage;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;
using ShopAssistant.Data.Sqlite;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Bot.Tests;

/// <summary>The real bot, stores, handoff desk and transcript middleware on a temporary database, driven by TestAdapter.</summary>
public sealed class BotHarness
{
    /// <summary>The real assistant (orchestrator, intent model, knowledge index), built once for all tests: it keeps no conversation state.</summary>
    private static readonly Lazy<IShopAssistant> Assistant = new(() =>
    {
        var models = Path.Combine(Path.GetTempPath(), "shopassistant-bot-tests");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShopAssistant:Understanding:ModelDirectory"] = Path.Combine(models, "understanding"),
            ["ShopAssistant:Knowledge:IndexDirectory"] = Path.Combine(models, "knowledge"),
        }).Build();
        // One assistant serves every test at once: guessing locks across conversations are tested on the real host instead.
        var services = new ServiceCollection().AddSingleton<IVerificationGuard, Unguarded>().AddShopAssistant(configuration).BuildServiceProvider();
        return services.GetRequiredService<IShopAssistant>();
    });

    /// <summary>The real assistant the harness's bot uses unless a test gives it another.</summary>
    public static IShopAssistant SharedAssistant => Assistant.Value;

    public static readonly DemoShopData Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);

    public BotHarness(string? folder = null, DateTimeOffset? now = null, IShopAssistant? assistant = null)
    {
        Folder = folder ?? Directory.CreateTempSubdirectory("sa-bot-").FullName;
        Clock = new FakeTimeProvider((now ?? new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(8))).ToUniversalTime());
        var database = new SqliteDatabase(Path.Combine(Folder, "shop.db"));
        Transcripts = new DatabaseTranscriptLog(database);
        Events = new DatabaseEventLog(database);
        Recorder = new RecordedTurns(new DatabaseTurnRecorder(database, Clock));
        Handoffs = new DatabaseHandoffStore(database);
        Storage = new DatabaseStorage(new DatabaseStateStore(database, Clock));
        var state = new ConversationMemoryState(new ConversationState(Storage));
        Photos = new DatabasePhotoStore(database);
        Desk = new HandoffDesk(Handoffs, Transcripts, Events, Staff, Summaries, Channels, state, Clock, photos: Photos);
        Bot = new ShopBot(state, assistant ?? Assistant.Value, Handoffs, Desk, Incidents, Events, Limits, Clock);
    }

    public string Folder { get; }
    public FakeTimeProvider Clock { get; }
    public DatabaseTranscriptLog Transcripts { get; }
    public DatabaseEventLog Events { get; }
    public RecordedTurns Recorder { get; }
    public DatabaseHandoffStore Handoffs { get; }
    public DatabasePhotoStore Photos { get; }
    public DatabaseStorage Storage { get; }
    public HandoffDesk Desk { get; }
    public ShopBot Bot { get; }
    public RecordingStaff Staff { get; } = new();
    public TestChannels Channels { get; } = new();
    public TestIncidents Incidents { get; } = new();
    public TestSummaries Summaries { get; } = new();
    public LocalTrafficLimits Limits { get; } = new(Options.Create(new LimitOptions()));

    /// <summary>Where the TestAdapter's conversation is stored: the channel ("test") and the conversation id.</summary>
    public static string Key(string conversationId) => ConversationKeys.Of("test", conversationId);

    public TestAdapter NewAdapter(string conversationId = "conv", string shopperId = "guest")
    {
        var reference = TestAdapter.CreateConversation(conversationId, shopperId, "shopassistant");
        var adapter = (TestAdapter)new TestAdapter(reference).Use(new TranscriptMiddleware(Transcripts, Recorder, Clock));
        Channels.Adapter = adapter;
        return adapter;
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, Bot);
}

/// <summary>The real recorder, keeping a copy of every record it committed (and none it failed to).</summary>
public sealed class RecordedTurns(ITurnRecorder inner) : ITurnRecorder
{
    public ConcurrentQueue<TurnRecord> Committed { get; } = new();

    /// <summary>When set, runs before each record is written (a test may throw from it).</summary>
    public Action<TurnRecord>? Before { get; set; }

    public async Task RecordAsync(TurnRecord record, CancellationToken ct = default)
    {
        if (record.IsEmpty) return;
        Before?.Invoke(record);
        await inner.RecordAsync(record, ct);
        Committed.Enqueue(record);
    }
}

/// <summary>Proactive messages go back through the test adapter, where the flow can assert them.</summary>
public sealed class TestChannels : IShopperChannels
{
    public TestAdapter? Adapter { get; set; }

    public Task ContinueAsync(Handoff handoff, BotCallbackHandler callback, CancellationToken ct) =>
        ContinueAsync(JsonConvert.DeserializeObject<ConversationReference>(handoff.ReferenceJson)!, callback, ct);

    public Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken ct) =>
        Adapter!.ContinueConversationAsync("shopassistant", reference, callback, ct);
}

/// <summary>What the agent console would have been told.</summary>
public sealed class RecordingStaff : IStaffNotifier
{
    public ConcurrentQueue<Handoff> Changes { get; } = new();
    public ConcurrentQueue<string> ShopperMessages { get; } = new();
    public ConcurrentQueue<string> ShopperPhotos { get; } = new();

    public Task HandoffChangedAsync(Handoff handoff, CancellationToken ct = default)
    {
        Changes.Enqueue(handoff);
        return Task.CompletedTask;
    }

    public Task ShopperMessageAsync(Handoff handoff, string text, IReadOnlyList<string> photos, DateTimeOffset at, CancellationToken ct = default)
    {
        ShopperMessages.Enqueue(text);
        foreach (var photo in photos) ShopperPhotos.Enqueue(photo);
        return Task.CompletedTask;
    }
}

/// <summary>Incidents the test declares.</summary>
public sealed class TestIncidents : IIncidentNotices
{
    public List<(string Scope, IncidentNotice Notice)> Declared { get; } = [];

    public Task<IReadOnlyList<IncidentNotice>> ForAsync(string intent, string language, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<IncidentNotice>>(Declared.Where(d => d.Scope == "all" || d.Scope == intent).Select(d => d.Notice).ToList());
}

/// <summary>A model-written summary when the test sets one; null (no model) otherwise.</summary>
public sealed class TestSummaries : ShopAssistant.Assistant.Summaries.IConversationSummarizer
{
    public string? Written { get; set; }

    public Task<string?> SummarizeAsync(IReadOnlyList<ShopAssistant.Assistant.Summaries.SummaryLine> conversation, string reason, string language, string? conversationId, CancellationToken ct) =>
        Task.FromResult(Written is null ? null : $"{Written} ({conversation.Count} lines)");
}

/// <summary>A guard that never locks.</summary>
public sealed class Unguarded : IVerificationGuard
{
    public bool IsLocked(int orderNo, ShopperTurn turn) => false;
    public bool Failed(int orderNo, ShopperTurn turn) => false;
}
