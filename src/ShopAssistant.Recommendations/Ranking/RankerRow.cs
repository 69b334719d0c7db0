using Microsoft.ML.Data;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>One training example: a candidate of one shopper (the group) and whether they bought it in the label window.</summary>
internal sealed class RankerRow
{
    public float Label { get; set; }
    public uint Shopper { get; set; }

    [VectorType(RankerFeatures.Count)]
    public float[] Features { get; set; } = [];
}

/// <summary>What the saved model reads at scoring time: only the features.</summary>
internal sealed class RankerInput
{
    [VectorType(RankerFeatures.Count)]
    public float[] Features { get; set; } = [];
}

internal sealed class RankerOutput
{
    public float Score { get; set; }
}
