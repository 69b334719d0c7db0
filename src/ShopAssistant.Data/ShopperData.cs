namespace ShopAssistant.Data;

/// <summary>
/// Everything stored about one shopper (by shopper id: the channel's from.id, which is the customer id for a
/// signed-in shopper): their conversations' transcripts and state, events, handoffs with notes, flow verdicts and photos.
/// Rows are plain column → value maps, so the export shows exactly what is kept.
/// </summary>
public sealed record ShopperDataExport(
    string ShopperId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<string> ConversationIds,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Transcripts,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> State,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Events,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Handoffs,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> HandoffNotes,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> FlowVerdicts)
{
    /// <summary>The photos the shopper sent, as metadata (id, type, size, time); the images themselves stay with the shop.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Photos { get; init; } = [];
}

/// <summary>What an erasure did. Events and handoffs are anonymised, not deleted, so the dashboard's counts stay right.</summary>
public sealed record ShopperErasure(
    string ShopperId,
    int Conversations,
    int TranscriptEntries,
    int StateDocuments,
    int EventsAnonymised,
    int HandoffsAnonymised,
    int HandoffNotes,
    int FlowVerdicts)
{
    public int Photos { get; init; }
}

/// <summary>The shopper's rights (PIPL-style): a copy of their data, its erasure, and transcripts kept only so long.</summary>
public interface IShopperDataStore
{
    Task<ShopperDataExport> ExportAsync(string shopperId, DateTimeOffset now, CancellationToken ct = default);

    Task<ShopperErasure> EraseAsync(string shopperId, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>
    /// Deletes transcript entries written before <paramref name="cutoff"/> (returns how many), with the photos sent before it
    /// and the flow verdicts of conversations left without any, and clears the summaries of handoffs closed before the cutoff.
    /// </summary>
    Task<int> PurgeTranscriptsAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}

/// <summary>What an erasure leaves in the rows kept for counting, on every provider.</summary>
public static class Erasure
{
    /// <summary>The shopper id of an erased shopper's handoffs.</summary>
    public const string ShopperId = "erased";

    /// <summary>
    /// A fresh conversation id per erased conversation: "how many conversations, handoffs, ratings" stays countable while
    /// nothing links the kept rows back to the shopper or to each other across conversations.
    /// </summary>
    public static string Pseudonym() => "erased-" + Guid.NewGuid().ToString("N");
}
