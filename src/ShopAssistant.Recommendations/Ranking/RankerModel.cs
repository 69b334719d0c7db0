using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// A trained LightGBM LambdaRank model: scores candidates' feature vectors (higher = rank first), with the fast
/// tree walker when the model exposes its trees, else through ML.NET prediction engines (not thread-safe, so
/// each call borrows one from a small pool).
/// </summary>
public sealed class RankerModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<RankerInput, RankerOutput>> _engines = [];
    private readonly TreeEnsembleScorer? _trees;

    internal RankerModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        if (model is RankingPredictionTransformer<LightGbmRankingModelParameters> ranking)
            _trees = new TreeEnsembleScorer(ranking.Model.TrainedTreeEnsemble);
    }

    /// <summary>True when scoring takes the fast path (checked after loading a saved model).</summary>
    internal bool WalksTrees => _trees is not null;

    public float[] Score(IReadOnlyList<float[]> features)
    {
        if (_trees is null) return ScoreWithMlNet(features);
        var scores = new float[features.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = _trees.Score(features[i]);
        return scores;
    }

    internal float[] ScoreWithMlNet(IReadOnlyList<float[]> features)
    {
        if (!_engines.TryTake(out var engine)) engine = _ml.Model.CreatePredictionEngine<RankerInput, RankerOutput>(_model);
        try
        {
            var input = new RankerInput();
            var output = new RankerOutput();
            var scores = new float[features.Count];
            for (var i = 0; i < features.Count; i++)
            {
                input.Features = features[i];
                engine.Predict(input, ref output);
                scores[i] = output.Score;
            }
            return scores;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<RankerInput>()).Schema;
        // Write then move, so a crash mid-save never leaves a half model that the next start would load.
        var temporary = path + ".tmp";
        _ml.Model.Save(_model, schema, temporary);
        File.Move(temporary, path, overwrite: true);
    }

    public static RankerModel Load(string path)
    {
        var ml = new MLContext(seed: RankerTrainer.Seed);
        return new RankerModel(ml, ml.Model.Load(path, out _));
    }
}
