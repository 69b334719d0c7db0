using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ShopAssistant.Recommendations;

/// <summary>
/// The "ShopAssistant.Recommendations" meter: how long the recommender takes to score and cut one list. One static
/// meter, because the recommender is built by <see cref="ShopRecommenderFactory"/> for the host and the `eval` and
/// `train` verbs alike, outside dependency injection; a histogram nobody listens to costs a timestamp per list.
/// </summary>
public static class RecommenderTelemetry
{
    public const string MeterName = "ShopAssistant.Recommendations";

    // Seconds: a list is scored in well under a millisecond to a few milliseconds.
    private static readonly double[] ScoringBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Scoring = Meter.CreateHistogram("shopassistant.recommendations.scoring.duration", "s",
        "Time to score and cut one recommendation list, by the list served (buy_again, discover, bought_together, popular).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ScoringBuckets });

    internal static void Scored(string list, long startedTimestamp) =>
        Scoring.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new KeyValuePair<string, object?>("list", list));
}
