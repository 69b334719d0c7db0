namespace ShopAssistant.Domain.Artefacts;

/// <summary>
/// ShopAssistant:Models — where the built artefacts (intent model, knowledge index, recommender) live and what an
/// instance does when the ones for its current inputs are not there yet.
/// </summary>
public sealed class ModelsOptions
{
    public const string Section = "ShopAssistant:Models";

    /// <summary>
    /// The shared artefact folder (understanding/, knowledge/, recommender/ under it). Null: the storage data folder,
    /// as before. A per-model directory setting still wins over it.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// True (the embedded default): an instance builds what is missing or stale itself (the recommender in the
    /// background). False: it waits for a `prepare`/`train`/`ingest` job (or another instance) to publish them, polling
    /// every <see cref="PollSeconds"/>, and reports not ready until the intent model and the index are there.
    /// </summary>
    public bool TrainAtStart { get; set; } = true;

    public int PollSeconds { get; set; } = 5;

    internal TimeSpan Poll => TimeSpan.FromSeconds(Math.Max(1, PollSeconds));

    /// <summary>
    /// The folder of the version for <paramref name="key"/>: published already, or (with TrainAtStart false and
    /// <paramref name="mayWait"/>) once a job publishes it; null means "build it here".
    /// </summary>
    /// <param name="orElse">While waiting, also take this version when it is published first (the index a job had to
    /// build without embeddings): a lesser artefact answers, waiting for one that may never come does not.</param>
    public string? FindOrWait(ArtefactFolder folder, string key, bool mayWait = true, CancellationToken ct = default, string? orElse = null) =>
        folder.Find(key) ?? (TrainAtStart || !mayWait ? null : folder.WaitFor(orElse is null ? [key] : [key, orElse], Poll, ct));
}
