namespace ShopAssistant.Quality;

/// <summary>
/// Hands back one instance per distinct short text (languages, reasons, agents, statuses), so that facts held in memory
/// for weeks do not each carry their own copy. Bounded: past <see cref="MaxEntries"/> new values are kept as they are,
/// which costs memory but never correctness. Not thread-safe; its owner parses under a lock.
/// </summary>
internal sealed class StringShare
{
    public const int MaxEntries = 10_000;
    private const int MaxLength = 64;

    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (value.Length > MaxLength) return value;
        if (_known.TryGetValue(value, out var known)) return known;
        if (_known.Count < MaxEntries) _known[value] = value;
        return value;
    }
}
