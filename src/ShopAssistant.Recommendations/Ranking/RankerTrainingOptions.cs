namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// How the ranker learns: <see cref="Splits"/> internal cut-offs, each <see cref="LabelWindowDays"/> apart, inside
/// the training period (features before each, labels in the window after it), then LightGBM LambdaRank.
/// Four 30-day windows (one-month horizons, like the monthly test windows) beat three 35-day ones on the May 2011
/// development window: all NDCG@10 0.3501 → 0.3616, new 0.1370 → 0.1550 (bench/recommender/RESULTS.md).
/// </summary>
public sealed record RankerTrainingOptions
{
    public int LabelWindowDays { get; init; } = 30;
    public int Splits { get; init; } = 4;
    public int Iterations { get; init; } = 100;

    /// <summary>About how many not-bought candidates per shopper to train on (a seeded sample; all bought ones are kept).</summary>
    public int NegativesPerShopper { get; init; } = 60;
    public int Leaves { get; init; } = 31;
    public int MinExamplesPerLeaf { get; init; } = 50;
    public double LearningRate { get; init; } = 0.05;

    /// <summary>One thread: on a shared 2-core machine LightGBM's OpenMP threads spin-wait against each other and other jobs.</summary>
    public int Threads { get; init; } = 1;
}
