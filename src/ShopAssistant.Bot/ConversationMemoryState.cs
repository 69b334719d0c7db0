using Microsoft.Bot.Builder;
using ShopAssistant.Assistant;

namespace ShopAssistant.Bot;

/// <summary>
/// The assistant's ConversationMemory inside the Bot Framework's conversation state. Our storage keeps plain
/// JSON, so BotState hands back a fresh copy of a stored value on each read; setting it back makes the copy
/// we change the one that is saved at the end of the turn.
/// </summary>
public sealed class ConversationMemoryState(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<ConversationMemory> _accessor = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));

    public async Task<ConversationMemory> GetAsync(ITurnContext turnContext, CancellationToken ct)
    {
        var memory = await _accessor.GetAsync(turnContext, () => new ConversationMemory(), ct);
        await _accessor.SetAsync(turnContext, memory, ct);
        return memory;
    }

    public Task SaveAsync(ITurnContext turnContext, CancellationToken ct) => conversationState.SaveChangesAsync(turnContext, false, ct);
}
