using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant;

/// <summary>Loads (or trains) the intent model and builds the knowledge index, so that no shopper's first turn pays for it.</summary>
public static class AssistantWarmUp
{
    public static Task RunAsync(IMessageUnderstanding understanding, IKnowledgeIndex index, CancellationToken ct = default) =>
        RunAsync(() => understanding, index, ct);

    /// <summary>
    /// The two side by side: they share nothing, and the index needs no shop data, so it starts at once while
    /// <paramref name="understanding"/> (which needs the catalogue) is still being created.
    /// </summary>
    public static Task RunAsync(Func<IMessageUnderstanding> understanding, IKnowledgeIndex index, CancellationToken ct = default) =>
        Task.WhenAll(
            Task.Run(() => index.SearchAsync(new KnowledgeQuery("运费 shipping"), ct), ct),
            Task.Run(() => understanding().Understand("你好"), ct));
}
