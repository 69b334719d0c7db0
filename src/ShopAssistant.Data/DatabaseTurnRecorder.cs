namespace ShopAssistant.Data;

/// <summary>
/// One transaction per turn record, where each of its writes used to be a transaction of its own (on SQLite each queued
/// behind the one writer again, on PostgreSQL each its own round trips and commit).
/// </summary>
public sealed class DatabaseTurnRecorder(SqlDatabase database, TimeProvider clock) : ITurnRecorder
{
    public async Task RecordAsync(TurnRecord record, CancellationToken ct = default)
    {
        if (record.IsEmpty) return;
        await using var writer = await database.OpenWriterAsync(ct);
        var connection = writer.Connection;
        await using var tx = await connection.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var state in record.State) await DatabaseStateStore.WriteAsync(connection, tx, state, now);
        foreach (var entry in record.Transcript) await DatabaseTranscriptLog.InsertAsync(connection, tx, entry);
        if (record.Events.Count > 0)
        {
            // Last, so that the event log's lock (held to commit, see DatabaseEventLog) waits for no other write of the turn.
            await database.HoldAsync(connection, tx, DatabaseEventLog.Lock, ct);
            foreach (var shopEvent in record.Events) await DatabaseEventLog.InsertAsync(connection, tx, shopEvent);
        }
        await tx.CommitAsync(ct);
    }
}
