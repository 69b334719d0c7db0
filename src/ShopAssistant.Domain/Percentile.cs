namespace ShopAssistant.Domain;

/// <summary>The one percentile every figure uses: nearest rank, so a reported p99 is a time that was really observed.</summary>
public static class Percentile
{
    /// <summary>The p-th percentile (0 &lt; p ≤ 1) of ascending samples; 0 when there are none, so JSON never carries NaN.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
