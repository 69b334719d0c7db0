using Microsoft.Bot.Builder;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Storage;

/// <summary>
/// A turn's outbound writes, gathered while it runs and committed in one transaction (<see cref="ITurnRecorder"/>) when
/// the next stored activity is about to be sent, or at the end of the turn: the reply's transcript entry, the turn's
/// events and the conversation state leave together, and the reply only after they are stored. When the turn fails,
/// what was gathered since the last send is dropped: a failed turn leaves no half of itself behind.
/// </summary>
public sealed class TurnWrites(ITurnRecorder recorder)
{
    private readonly object _gate = new();
    private List<StateWrite> _state = [];
    private List<TranscriptEntry> _transcript = [];
    private List<ShopEvent> _events = [];

    /// <summary>The turn's writes, when the transcript middleware opened them (null for a bot run without it).</summary>
    public static TurnWrites? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnWrites>();

    public void Add(ShopEvent shopEvent)
    {
        lock (_gate) _events.Add(shopEvent);
    }

    public void Add(StateWrite state)
    {
        lock (_gate)
        {
            // A later save of the same document within the turn replaces the earlier one.
            _state.RemoveAll(s => s.Key == state.Key);
            _state.Add(state);
        }
    }

    /// <summary>Commits what was gathered, with these transcript entries last; nothing when there is nothing.</summary>
    public Task CommitAsync(IReadOnlyList<TranscriptEntry> sending, CancellationToken ct)
    {
        TurnRecord record;
        lock (_gate)
        {
            _transcript.AddRange(sending);
            record = new TurnRecord(_state, _transcript, _events);
            (_state, _transcript, _events) = ([], [], []);
        }
        return recorder.RecordAsync(record, ct);
    }

    /// <summary>The turn failed: what it gathered since its last send is not written.</summary>
    public void Drop()
    {
        lock (_gate) (_state, _transcript, _events) = ([], [], []);
    }
}
