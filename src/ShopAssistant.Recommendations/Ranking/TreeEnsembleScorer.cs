using Microsoft.ML.Trainers.FastTree;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// Scores with the trained trees directly (flat arrays, no allocation), instead of one PredictionEngine call per
/// candidate: a shopper has a few hundred candidates and the budget is a few milliseconds. It walks the same
/// trees ML.NET does (feature ≤ threshold → left; a negative child is ~leaf), so scores are identical; the
/// save/load round-trip test checks that against ML.NET's own prediction.
/// </summary>
internal sealed class TreeEnsembleScorer
{
    private readonly Tree[] _trees;
    private readonly double _bias;

    private sealed record Tree(double Weight, int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf);

    public TreeEnsembleScorer(RegressionTreeEnsemble ensemble)
    {
        _bias = ensemble.Bias;
        _trees = ensemble.Trees.Select((tree, t) => new Tree(
            ensemble.TreeWeights[t],
            tree.LeftChild.ToArray(),
            tree.RightChild.ToArray(),
            tree.NumericalSplitFeatureIndexes.ToArray(),
            tree.NumericalSplitThresholds.ToArray(),
            tree.LeafValues.ToArray())).ToArray();
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(c => c)))
            throw new NotSupportedException("The ranker's features are all numeric; a categorical split means the model is not ours.");
    }

    public float Score(ReadOnlySpan<float> features)
    {
        var score = _bias;
        foreach (var tree in _trees)
        {
            if (tree.Leaf.Length == 1)
            {
                score += tree.Weight * tree.Leaf[0];
                continue;
            }
            var node = 0;
            while (node >= 0) node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            score += tree.Weight * tree.Leaf[~node];
        }
        return (float)score;
    }
}
