namespace ShopAssistant.Domain;

/// <summary>
/// FNV-1a over UTF-16 code units. string.GetHashCode is randomised per process; the demo shop's synthetic
/// facts (phones, provinces, waybills) must be the same on every machine and every run.
/// </summary>
public static class StableHash
{
    public static ulong Of(string text, string salt = "")
    {
        var hash = 14695981039346656037UL;
        foreach (var c in salt + "|" + text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        // Final avalanche (splitmix64) so that nearby ids spread over the whole range.
        hash ^= hash >> 30; hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27; hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
