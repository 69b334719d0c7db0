namespace ShopAssistant.Web.Tests.Browser;

/// <summary>A browser test: runs against Debian's chromium (installed by .ci/run), reported as skipped where it is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"No browser at {Chromium} (apt-get install chromium; .ci/run does).";
    }
}
