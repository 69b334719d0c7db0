namespace ShopAssistant.Web.Staff;

/// <summary>
/// Where to go after sign-in: only a path on this site. "//evil.example", "/\evil.example" and their percent-encoded
/// forms (%2F, %5C, decoded more than once) are read by browsers as another host, so any backslash, a leading "//",
/// a scheme or a control character makes the address unsafe.
/// </summary>
public static class LocalReturnUrl
{
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2_000) return false;
        var decoded = url;
        // Decode until stable (bounded): a double-encoded %255C must not slip through as a harmless-looking %5C.
        for (var i = 0; i < 4; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded) break;
            decoded = next;
        }
        foreach (var candidate in new[] { url, decoded })
        {
            if (candidate.Length == 0 || candidate[0] != '/') return false;
            if (candidate.Length > 1 && (candidate[1] == '/' || candidate[1] == '\\')) return false;
            if (candidate.Contains('\\') || candidate.Any(char.IsControl) || candidate.Contains("://", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public static string Or(string? url, string fallback) => IsSafe(url) ? url! : fallback;
}
