using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// One shop, one understanding model and one knowledge index for the whole suite: the intent model trains once into a
/// shared temp folder (and is reused by later runs), so the tests stay fast.
/// </summary>
internal static class TestShop
{
    public static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "shopassistant-assistant-tests");
    public static readonly DemoShopData Data = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);
    public static readonly UnderstandingOptions UnderstandingOptions = new() { ModelDirectory = Path.Combine(CacheFolder, "understanding") };
    public static readonly ShopUnderstanding Understanding = new(UnderstandingOptions, Data.Catalogue, () => DateOnly.FromDateTime(Data.Timeline.Now.DateTime));
    public static readonly EmbeddedKnowledgeIndex Knowledge = new(new KnowledgeOptions { IndexDirectory = Path.Combine(CacheFolder, "knowledge") });
    /// <summary>No cross-conversation guessing bound here: the shared orchestrator serves many tests at once (OrderLookupTests test the bound).</summary>
    public static readonly OrderLookup Orders = new(Data, new Unguarded());
    private static readonly Lazy<Orchestrator> OfflineAssistant = new(() => Create(new LlmOptions()));

    /// <summary>The offline orchestrator (stateless between conversations: all state is in ConversationMemory).</summary>
    public static Orchestrator Offline => OfflineAssistant.Value;

    public static Orchestrator Create(LlmOptions options) => Create(new ShopModel(options));

    /// <summary>
    /// As the host's warm-up does before the first turn: a model's share of the first turn must not be spent training or
    /// loading the intent model (on a clean CI machine the first test to ask would otherwise train it inside its turn).
    /// </summary>
    private static readonly Lazy<Task> Warm = new(() => Task.Run(() => AssistantWarmUp.RunAsync(Understanding, Knowledge)));

    public static Orchestrator Create(ShopModel model)
    {
        Warm.Value.GetAwaiter().GetResult();
        return new(Understanding, Knowledge, Orders, new PopularProductSuggestions(Data), model);
    }

    /// <summary>A numeric shopper is a signed-in customer: the bot layer verified their shopper token. Anything else is a guest.</summary>
    public static Task<AssistantReply> SayAsync(this IShopAssistant assistant, string text, ConversationMemory memory, string shopper = "guest") =>
        assistant.ReplyAsync(new ShopperTurn("c", shopper, text, CustomerId: int.TryParse(shopper, out var id) ? id : null), memory);

    /// <summary>A conversation that has already been greeted, so that replies hold only the answer.</summary>
    public static ConversationMemory Greeted() => new() { Greeted = true };

    /// <summary>The offline assistant's reply to the last of the turns, said in one greeted conversation.</summary>
    public static async Task<AssistantReply> ConverseAsync(params string[] turns)
    {
        var memory = Greeted();
        AssistantReply? reply = null;
        foreach (var turn in turns) reply = await Offline.SayAsync(turn, memory);
        return reply!;
    }
}

/// <summary>A guard that never locks, for tests about something else.</summary>
internal sealed class Unguarded : IVerificationGuard
{
    public bool IsLocked(int orderNo, ShopperTurn turn) => false;
    public bool Failed(int orderNo, ShopperTurn turn) => false;
}
