using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant;

/// <summary>Loads (or trains) the intent model and builds the knowledge index, so that no shopper's first turn pays for it.</summary>
public static class AssistantWarmUp
{
    public static async Task RunAsync(IMessageUnderstanding understanding, IKnowledgeIndex index, CancellationToken ct = default)
    {
        understanding.Understand("你好");
        await index.SearchAsync(new KnowledgeQuery("运费 shipping"), ct).ConfigureAwait(false);
    }
}
