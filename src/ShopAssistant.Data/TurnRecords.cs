namespace ShopAssistant.Data;

/// <summary>
/// What a shopper's turn leaves behind besides the shopper's own message: the bot's replies as the transcript keeps
/// them, the turn's events and the conversation state. Kept together so that they commit together.
/// </summary>
public sealed record TurnRecord(IReadOnlyList<StateWrite> State, IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<ShopEvent> Events)
{
    public bool IsEmpty => State.Count == 0 && Transcript.Count == 0 && Events.Count == 0;
}

/// <summary>
/// A state document to write, with the ETag it will carry once written. With <paramref name="ExpectedETag"/> (not "*")
/// the stored document must still carry that one, as in <see cref="IStateStore.WriteAsync"/>.
/// </summary>
public sealed record StateWrite(string Key, string Json, string? ExpectedETag)
{
    public string ETag { get; } = Guid.NewGuid().ToString("N");
}

/// <summary>Writes a turn's record in one transaction: all of it, or (when any part fails) none of it.</summary>
public interface ITurnRecorder
{
    Task RecordAsync(TurnRecord record, CancellationToken ct = default);
}
