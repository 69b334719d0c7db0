using ShopAssistant.Domain;

namespace ShopAssistant.Understanding.Intents;

/// <summary>Per-label precision, recall and F1 on one slice of the held-out set.</summary>
public sealed record LabelScore(string Label, int Support, double Precision, double Recall, double F1);

/// <summary>Intent quality on one slice (zh, en or all) of the held-out set.</summary>
public sealed record IntentScores(string Slice, int Count, double Accuracy, double MacroF1,
    IReadOnlyList<LabelScore> PerLabel, IReadOnlyList<(string Expected, string Predicted, int Count)> TopConfusions);

/// <summary>Scores predictions against the held-out labels, per language and overall.</summary>
public static class IntentEvaluation
{
    public static IReadOnlyList<IntentScores> Score(IReadOnlyList<Utterance> heldOut, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        var pairs = heldOut.Select((u, i) => (u.Language, Expected: u.Intent, Predicted: predicted[i])).ToList();
        return
        [
            Slice("zh", pairs.Where(p => p.Language == ShopLanguage.Zh).Select(p => (p.Expected, p.Predicted)).ToList(), labels),
            Slice("en", pairs.Where(p => p.Language == ShopLanguage.En).Select(p => (p.Expected, p.Predicted)).ToList(), labels),
            Slice("all", pairs.Select(p => (p.Expected, p.Predicted)).ToList(), labels),
        ];
    }

    /// <summary>
    /// Accuracy of k-fold cross-validation on the training set alone: a way to compare trainers or settings that
    /// never looks at the held-out set.
    /// </summary>
    public static double CrossValidate(IReadOnlyList<Utterance> training, IntentTrainerKind kind, int folds)
    {
        var correct = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var train = training.Where((_, i) => i % folds != fold).ToList();
            var test = training.Where((_, i) => i % folds == fold).ToList();
            var classifier = IntentClassifier.TrainInMemory(train, kind);
            correct += test.Count(u => classifier.Predict(u.Text).Intent == u.Intent);
        }
        return (double)correct / training.Count;
    }

    private static IntentScores Slice(string name, List<(string Expected, string Predicted)> pairs, IReadOnlyList<string> labels)
    {
        var perLabel = new List<LabelScore>();
        foreach (var label in labels)
        {
            var tp = pairs.Count(p => p.Expected == label && p.Predicted == label);
            var predictedAs = pairs.Count(p => p.Predicted == label);
            var support = pairs.Count(p => p.Expected == label);
            var precision = predictedAs == 0 ? 0 : (double)tp / predictedAs;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelScore(label, support, precision, recall, f1));
        }
        var scored = perLabel.Where(l => l.Support > 0).ToList();
        var confusions = pairs.Where(p => p.Expected != p.Predicted)
            .GroupBy(p => p)
            .Select(g => (g.Key.Expected, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Expected, StringComparer.Ordinal).Take(10).ToList();
        return new IntentScores(name, pairs.Count,
            pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Expected == p.Predicted) / pairs.Count,
            scored.Count == 0 ? 0 : scored.Average(l => l.F1),
            perLabel, confusions);
    }
}
