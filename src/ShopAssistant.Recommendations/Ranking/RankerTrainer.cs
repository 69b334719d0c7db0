using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.Evaluation;
using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>
/// Trains the two rankers on temporal splits inside the data before <c>trainEnd</c>: "buy again" learns to order
/// all candidates (own products included) by whether they were bought in the label window, "discover" learns the
/// same for products the shopper had never bought. Nothing at or after <c>trainEnd</c> is read.
/// </summary>
public static class RankerTrainer
{
    public const int Seed = 2011;

    public static RankerModels Train(IReadOnlyList<PurchaseLine> lines, DateTime trainEnd, Func<string, string?>? categoryOf = null, RankerTrainingOptions? options = null)
    {
        options ??= new RankerTrainingOptions();
        var all = new List<RankerRow>();
        var discover = new List<RankerRow>();
        for (var split = 1; split <= options.Splits; split++)
        {
            var cutoff = trainEnd.AddDays(-split * options.LabelWindowDays);
            var history = PurchaseHistory.Build(lines, cutoff, categoryOf);
            var generator = new CandidateGenerator(PurchaseSignals.From(history));
            var truth = TemporalSplit.TruthAfter(history, lines, cutoff, cutoff.AddDays(options.LabelWindowDays));
            AddExamples(all, history, generator, truth, newOnly: false, options.NegativesPerShopper);
            AddExamples(discover, history, generator, TemporalSplit.NewOnly(history, truth), newOnly: true, options.NegativesPerShopper);
        }
        return new RankerModels(Fit(all, options), Fit(discover, options), trainEnd);
    }

    internal static void AddExamples(List<RankerRow> rows, PurchaseHistory history, CandidateGenerator generator, IReadOnlyDictionary<int, HashSet<int>> truth, bool newOnly, int maxNegatives)
    {
        var group = rows.Count == 0 ? 0u : rows[^1].Shopper + 1;
        var random = new Random(Seed);
        foreach (var (customer, bought) in truth.OrderBy(p => p.Key))
        {
            var shopper = history.Shopper(customer)!;
            var candidates = generator.For(shopper, newOnly);
            // A shopper none of whose candidates was bought teaches LambdaRank nothing.
            if (!candidates.Any(c => bought.Contains(c.Item))) continue;
            // LambdaRank's cost grows with the pairs in a group: keep every bought candidate and a seeded sample
            // of the others, which barely changes the learned order but makes training several times faster.
            var keepOthers = Math.Min(1.0, (double)maxNegatives / Math.Max(1, candidates.Count));
            foreach (var candidate in candidates)
            {
                if (!bought.Contains(candidate.Item) && random.NextDouble() >= keepOthers) continue;
                rows.Add(new RankerRow
                {
                    Label = bought.Contains(candidate.Item) ? 1 : 0,
                    Shopper = group,
                    Features = RankerFeatures.For(history, shopper, candidate),
                });
            }
            group++;
        }
    }

    internal static RankerModel Fit(IReadOnlyList<RankerRow> rows, RankerTrainingOptions options)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var keyed = ml.Transforms.Conversion.MapValueToKey("ShopperKey", nameof(RankerRow.Shopper)).Fit(data).Transform(data);
        var trainer = ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
        {
            LabelColumnName = nameof(RankerRow.Label),
            FeatureColumnName = nameof(RankerRow.Features),
            RowGroupColumnName = "ShopperKey",
            NumberOfIterations = options.Iterations,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = options.Threads,
            Seed = Seed,
            Silent = true,
            // No per-iteration NDCG on the training set: nobody reads it and it costs time.
            EvaluationMetric = LightGbmRankingTrainer.Options.EvaluateMetricType.None,
        });
        return new RankerModel(ml, trainer.Fit(keyed));
    }
}
