namespace ShopAssistant.Domain.Artefacts;

/// <summary>
/// A built artefact (the intent model, the knowledge index, the recommender) on disk, shareable by every instance
/// pointed at the same folder. Each version lives in a subfolder named after its content key (a hash of what it was
/// built from: the training file, the scripts, the pipeline's version), holding the key itself in
/// <see cref="KeyFile"/>. A writer fills a temporary subfolder (<see cref="TempPrefix"/>…) and renames it to the key's
/// name in one step, so a reader finds either the whole version or none of it; temporary folders are never read.
/// A reader asks for its current key: a folder for another key is stale and simply not found.
/// </summary>
public sealed class ArtefactFolder(string directory)
{
    public const string KeyFile = "artefact.key";

    /// <summary>One line per build (time, machine and process, outcome, key), appended by whoever built: who trained what, when.</summary>
    public const string BuildLog = "builds.log";
    public const string TempPrefix = ".tmp-";

    /// <summary>Versions kept besides the newest (an instance still running older code may read them).</summary>
    private const int KeptVersions = 3;

    /// <summary>A writer that died this long ago left its temporary folder behind for good.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public string Directory { get; } = directory;

    public string PathFor(string key) => Path.Combine(Directory, "v-" + StableHash.Of(key, "artefact").ToString("x16"));

    /// <summary>The folder of the version built under <paramref name="key"/>, or null when none is published.</summary>
    public string? Find(string key)
    {
        var folder = PathFor(key);
        var keyPath = Path.Combine(folder, KeyFile);
        try
        {
            return File.Exists(keyPath) && File.ReadAllText(keyPath) == key ? folder : null;
        }
        catch (IOException)
        {
            // Being replaced by a forced rebuild at this moment: not there.
            return null;
        }
    }

    /// <summary>
    /// Builds a version: <paramref name="write"/> fills an empty temporary folder, which is then renamed to the key's
    /// folder. When another writer published the same key first, its version stands and this one is dropped;
    /// <paramref name="replace"/> (a forced rebuild) moves an existing version aside first. Returns the published folder.
    /// </summary>
    public string Publish(string key, Action<string> write, bool replace = false)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temp = Path.Combine(Directory, TempPrefix + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(temp);
        try
        {
            write(temp);
            // The key last: it is what a reader checks.
            File.WriteAllText(Path.Combine(temp, KeyFile), key);
            var target = PathFor(key);
            if (replace && System.IO.Directory.Exists(target)) Retire(target);
            var outcome = "published";
            try
            {
                System.IO.Directory.Move(temp, target);
            }
            catch (IOException) when (System.IO.Directory.Exists(target))
            {
                // Another instance (or job) published the same key first: same inputs, same artefact.
                System.IO.Directory.Delete(temp, recursive: true);
                outcome = "dropped (published by another first)";
            }
            Record(outcome, key);
            Prune(target);
            return target;
        }
        catch
        {
            if (System.IO.Directory.Exists(temp)) System.IO.Directory.Delete(temp, recursive: true);
            throw;
        }
    }

    /// <summary>The build log's lines (empty when nothing was ever built here).</summary>
    public IReadOnlyList<string> Builds() =>
        File.Exists(Path.Combine(Directory, BuildLog)) ? File.ReadAllLines(Path.Combine(Directory, BuildLog)) : [];

    private void Record(string outcome, string key)
    {
        try
        {
            // One short append per build: O_APPEND keeps lines from several processes whole.
            File.AppendAllText(Path.Combine(Directory, BuildLog),
                $"{DateTime.UtcNow:O}\t{Environment.MachineName}:{Environment.ProcessId}\t{outcome}\t{key}\n");
        }
        catch (IOException)
        {
            // The record is for people; a failed append never fails a build.
        }
    }

    /// <summary>
    /// Waits until a version for <paramref name="key"/> is published (by a `prepare`/`train`/`ingest` job or another
    /// instance), looking every <paramref name="poll"/>.
    /// </summary>
    public string WaitFor(string key, TimeSpan poll, CancellationToken ct = default) => WaitFor([key], poll, ct);

    /// <summary>As <see cref="WaitFor(string, TimeSpan, CancellationToken)"/>, for whichever of <paramref name="keys"/> is published first (in their order).</summary>
    public string WaitFor(IReadOnlyList<string> keys, TimeSpan poll, CancellationToken ct = default)
    {
        while (true)
        {
            foreach (var key in keys)
                if (Find(key) is { } folder) return folder;
            if (ct.WaitHandle.WaitOne(poll)) ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Renamed out of the way, then deleted: readers never see a half-deleted version under the key's name.</summary>
    private void Retire(string folder)
    {
        var aside = Path.Combine(Directory, TempPrefix + "old-" + Guid.NewGuid().ToString("N"));
        try
        {
            System.IO.Directory.Move(folder, aside);
            System.IO.Directory.Delete(aside, recursive: true);
        }
        catch (IOException)
        {
            // Retired by someone else at the same time.
        }
    }

    /// <summary>Older versions past the newest few, and temporary folders their writers abandoned, are removed.</summary>
    private void Prune(string current)
    {
        try
        {
            var now = DateTime.UtcNow;
            var dir = new DirectoryInfo(Directory);
            foreach (var abandoned in dir.EnumerateDirectories(TempPrefix + "*").Where(d => now - d.LastWriteTimeUtc > AbandonedAfter))
                abandoned.Delete(recursive: true);
            var versions = dir.EnumerateDirectories("v-*")
                .Where(d => !string.Equals(d.FullName, Path.GetFullPath(current), StringComparison.Ordinal))
                .OrderByDescending(d => d.LastWriteTimeUtc)
                .Skip(KeptVersions - 1);
            foreach (var old in versions)
                Retire(old.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying is best effort; another instance may be pruning the same folder.
        }
    }
}
