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

    /// <summary>Saves the state if it changed, with the turn's other writes (see <see cref="Storage.TurnWrites"/>) when it has them.</summary>
    public async Task SaveAsync(ITurnContext turnContext, CancellationToken ct)
    {
        using (Storage.DatabaseStorage.Into(Storage.TurnWrites.Of(turnContext)))
            await conversationState.SaveChangesAsync(turnContext, false, ct);
    }
}
