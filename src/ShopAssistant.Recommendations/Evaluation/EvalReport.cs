using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>The `eval recommender` output: a readable table, and the contract's one-line JSON.</summary>
public sealed record EvalReport(DateTime Cutoff, DateTime TestEnd, MethodReport Model, IReadOnlyList<MethodReport> Baselines, double TrainSeconds, double TrainCpuSeconds, string? LoadAverage)
{
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Recommender eval: train < {Cutoff:yyyy-MM-dd}, test {Cutoff:yyyy-MM-dd} … {TestEnd:yyyy-MM-dd}; {Model.All.Shoppers} shoppers (all), {Model.New.Shoppers} (new); model trained in {TrainSeconds:0.0} s wall, {TrainCpuSeconds:0.0} s CPU; machine load average {LoadAverage ?? "n/a"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"repeat: {Model.Repeat.Shoppers} shoppers who re-bought something, explore: {Model.Explore.Shoppers} who bought something new to them (both score the \"all\" list)");
        text.AppendLine("method         | all: Recall@10  NDCG@10  HR@10 | new: Recall@10  NDCG@10  HR@10 | repeat: R@10   NDCG | explore: R@10  NDCG | score p50 ms  p99 ms  p99 best-of-3 ms");
        foreach (var m in Baselines.Prepend(Model))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Name,-14} |      {m.All.Recall10,9:0.0000} {m.All.Ndcg10,8:0.0000} {m.All.Hr10,6:0.000} |      {m.New.Recall10,9:0.0000} {m.New.Ndcg10,8:0.0000} {m.New.Hr10,6:0.000} | {m.Repeat.Recall10,12:0.0000} {m.Repeat.Ndcg10,6:0.0000} | {m.Explore.Recall10,13:0.0000} {m.Explore.Ndcg10,6:0.0000} | {m.ScoreP50Ms,12:0.000} {m.ScoreP99Ms,7:0.000} {m.ScoreP99MsBestOf3,17:0.000}");
        }
        foreach (var m in Baselines.Where(b => b.Settings is not null)) text.AppendLine($"{m.Name} tuned on the validation window: {m.Settings}");
        foreach (var (variant, pick) in new (string, Func<MethodReport, TopNScores>)[] { ("all", m => m.All), ("new", m => m.New), ("repeat", m => m.Repeat), ("explore", m => m.Explore) })
        {
            var best = Baselines.MaxBy(b => pick(b).Ndcg10)!;
            var bestRecall = Baselines.MaxBy(b => pick(b).Recall10)!;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{variant}: model vs best baseline NDCG@10 ({best.Name}) {Lift(pick(Model).Ndcg10, pick(best).Ndcg10)}, Recall@10 ({bestRecall.Name}) {Lift(pick(Model).Recall10, pick(bestRecall).Recall10)}");
        }
        return text.ToString();
    }

    public string Json()
    {
        static object Scores(TopNScores s) => new { recall10 = Round(s.Recall10), ndcg10 = Round(s.Ndcg10), hr10 = Round(s.Hr10), shoppers = s.Shoppers };
        static object Variants(MethodReport m) => new { all = Scores(m.All), @new = Scores(m.New), repeat = Scores(m.Repeat), explore = Scores(m.Explore), settings = m.Settings, scoreP50Ms = Round(m.ScoreP50Ms), scoreP99Ms = Round(m.ScoreP99Ms), scoreP99MsBestOf3 = Round(m.ScoreP99MsBestOf3) };
        var document = new
        {
            cutoff = Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            testEnd = TestEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            model = Variants(Model),
            baselines = Baselines.ToDictionary(b => b.Name, Variants),
            trainSeconds = Math.Round(TrainSeconds, 2),
            trainCpuSeconds = Math.Round(TrainCpuSeconds, 2),
            loadAverage = LoadAverage,
            scoreP99Ms = Round(Model.ScoreP99Ms),
            scoreP99MsBestOf3 = Round(Model.ScoreP99MsBestOf3),
            cpuCount = Environment.ProcessorCount,
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string Lift(double model, double baseline) =>
        baseline == 0 ? "n/a" : ((model / baseline - 1) * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %";
}
