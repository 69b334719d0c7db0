namespace ShopAssistant.Quality;

/// <summary>
/// Remembers a few computed reports per range for one state of the event log (its watermark), so that the requests of
/// one dashboard refresh share one computation; a new event changes the watermark and nothing older is handed out again.
/// Concurrent callers of the same key wait for the one computation instead of starting their own.
/// Values are shared between callers and must be treated as read-only.
/// </summary>
internal sealed class ReportCache<T>(int capacity) where T : class
{
    private readonly Lock _lock = new();
    private readonly List<(DateRange Range, long Watermark, Lazy<T> Value)> _entries = [];

    public T GetOrAdd(DateRange range, long watermark, Func<T> compute)
    {
        Lazy<T> value;
        lock (_lock)
        {
            // Entries of an older watermark can never be asked for again: the log only grows.
            _entries.RemoveAll(e => e.Watermark < watermark);
            // EqualsExact: a report repeats its range's offsets, so the same instants written in another offset are another key.
            var found = _entries.FindIndex(e => e.Watermark == watermark && e.Range.From.EqualsExact(range.From) && e.Range.To.EqualsExact(range.To));
            if (found >= 0)
            {
                value = _entries[found].Value;
                // Most recently used last, so that eviction drops the range nobody looked at for longest.
                _entries.Add(_entries[found]);
                _entries.RemoveAt(found);
            }
            else
            {
                value = new Lazy<T>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add((range, watermark, value));
                if (_entries.Count > capacity) _entries.RemoveAt(0);
            }
        }
        try
        {
            return value.Value;
        }
        catch
        {
            // Lazy keeps a thrown exception; the next caller should compute again rather than inherit it.
            lock (_lock) _entries.RemoveAll(e => ReferenceEquals(e.Value, value));
            throw;
        }
    }
}
