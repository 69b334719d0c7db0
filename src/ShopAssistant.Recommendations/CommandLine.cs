using System.Globalization;

namespace ShopAssistant.Recommendations;

/// <summary>The verbs' option reading: `--name value` pairs and flags, dates as yyyy-MM-dd.</summary>
internal static class CommandLine
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name);

    public static DateTime? Date(string? text, string name)
    {
        if (text is null) return null;
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{name} '{text}' is not a date (yyyy-MM-dd).");
    }
}

/// <summary>Bad command-line input: reported as one clear line and exit code 2, never as a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
