namespace ShopAssistant.Data;

/// <summary>
/// A stored service-flow verdict for one version of a conversation's transcript: the version is the number of
/// transcript entries the judge saw, so a longer transcript is judged again. The score itself is kept as JSON because
/// its shape belongs to the quality layer, not to storage.
/// </summary>
public sealed record FlowVerdict(string ConversationId, int TranscriptEntries, string Judge, string ScoreJson, DateTimeOffset JudgedAt);

/// <summary>Model verdicts are costly (one model call each), so each is stored once per transcript version and read back.</summary>
public interface IFlowVerdictStore
{
    /// <summary>Keeps the verdict unless a verdict for a longer transcript of the same conversation is already stored.</summary>
    Task SaveAsync(FlowVerdict verdict, CancellationToken ct = default);

    /// <summary>The newest stored verdict of each of these conversations that has one (callers compare the version).</summary>
    Task<IReadOnlyDictionary<string, FlowVerdict>> ReadAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct = default);
}
