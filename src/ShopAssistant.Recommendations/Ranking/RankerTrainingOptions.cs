namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// How the ranker learns: <see cref="Splits"/> internal cut-offs, each <see cref="LabelWindowDays"/> apart, inside
/// the training period (features before each, labels in the window after it), then LightGBM LambdaRank.
/// </summary>
public sealed record RankerTrainingOptions
{
    public int LabelWindowDays { get; init; } = 35;
    public int Splits { get; init; } = 3;
    public int Iterations { get; init; } = 100;

    /// <summary>About how many not-bought candidates per shopper to train on (a seeded sample; all bought ones are kept).</summary>
    public int NegativesPerShopper { get; init; } = 60;
    public int Leaves { get; init; } = 31;
    public int MinExamplesPerLeaf { get; init; } = 50;
    public double LearningRate { get; init; } = 0.05;

    /// <summary>One thread: on a shared 2-core machine LightGBM's OpenMP threads spin-wait against each other and other jobs.</summary>
    public int Threads { get; init; } = 1;
}
