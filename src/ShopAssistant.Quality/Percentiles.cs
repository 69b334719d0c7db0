using ShopAssistant.Domain;
namespace ShopAssistant.Quality;

/// <summary>p50 and p95 of a set of durations in milliseconds; zero when there is nothing to measure, so JSON never carries NaN.</summary>
public sealed record Percentiles(double P50, double P95, int Count)
{
    public static readonly Percentiles None = new(0, 0, 0);

    public static Percentiles Of(IEnumerable<double> samples)
    {
        var sorted = samples.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0 ? None : new Percentiles(Round(Percentile.Of(sorted, 0.50)), Round(Percentile.Of(sorted, 0.95)), sorted.Length);
    }

    private static double Round(double ms) => Math.Round(ms, 1);
}

internal static class Ratio
{
    /// <summary>part / whole rounded to four places; 0 for an empty whole (an empty range reads as zeros).</summary>
    public static double Of(double part, double whole) => whole <= 0 ? 0 : Math.Round(part / whole, 4);

    public static double Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? 0 : Math.Round(values.Average(), 1);
}
