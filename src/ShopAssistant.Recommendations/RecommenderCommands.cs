using System.Diagnostics;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations.Evaluation;
using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations;

/// <summary>
/// The host's `train` and `eval recommender` verbs. Both return an exit code: 0 done, 2 bad input (one clear line
/// on the output, no stack trace).
/// </summary>
public static class RecommenderCommands
{
    /// <summary>The ranker learns from windows before the cut-off, so it needs this much history first.</summary>
    private const int MinimumHistoryDays = 100;

    /// <summary>
    /// `train [--model-dir DIR] [--data DIR] [--force]`: trains on the whole history and publishes the model, unless one
    /// for the same history is already published (--force trains and replaces it).
    /// </summary>
    public static Task<int> TrainAsync(string[] args, TextWriter output) => Run(output, () =>
    {
        var data = LoadData(args);
        var directory = CommandLine.Option(args, "--model-dir") ?? RecommenderOptions.DefaultModelDirectory;
        var key = RecommenderModelStore.KeyOf(data.History, data.CategoryByCode.Count);
        var force = args.Contains("--force");
        if (!force && RecommenderModelStore.TryLoad(directory, key) is not null)
        {
            output.WriteLine($"Recommender is up to date with the shop's {data.History.Count:N0} purchase lines → {Path.GetFullPath(directory)}");
            return 0;
        }
        var started = Stopwatch.GetTimestamp();
        var models = RankerTrainer.Train(data.History, RecommenderModelStore.EndOf(data.History), data.CategoryOf);
        RecommenderModelStore.Save(models, directory, key, replace: force);
        output.WriteLine($"Trained the recommender on {data.History.Count:N0} purchase lines in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s; saved to {Path.GetFullPath(directory)}.");
        return 0;
    });

    /// <summary>`eval recommender --cutoff DATE [--test-end DATE] [--json] [--data DIR]`.</summary>
    public static Task<int> EvalAsync(string[] args, TextWriter output) => Run(output, () =>
    {
        var cutoff = CommandLine.Date(CommandLine.Option(args, "--cutoff"), "--cutoff")
            ?? throw new UsageException("eval recommender needs --cutoff yyyy-MM-dd (e.g. --cutoff 2011-11-01).");
        var requestedEnd = CommandLine.Date(CommandLine.Option(args, "--test-end"), "--test-end");
        var data = LoadData(args);
        var first = data.History.Min(l => l.PlacedAt).Date;
        var last = data.History.Max(l => l.PlacedAt).Date;
        if (cutoff < first.AddDays(MinimumHistoryDays) || cutoff > last)
            throw new UsageException($"--cutoff {cutoff:yyyy-MM-dd} is outside the data: it must be between {first.AddDays(MinimumHistoryDays):yyyy-MM-dd} and {last:yyyy-MM-dd}.");
        var testEnd = requestedEnd ?? last;
        if (testEnd < cutoff || testEnd > last)
            throw new UsageException($"--test-end {testEnd:yyyy-MM-dd} must be between the cut-off {cutoff:yyyy-MM-dd} and the end of the data {last:yyyy-MM-dd}.");

        var report = Evaluate(data, cutoff, testEnd, tunedBaselines: !CommandLine.Flag(args, "--without-tuned-baselines"));
        output.Write(report.Table());
        if (CommandLine.Flag(args, "--json")) output.WriteLine(report.Json());
        return 0;
    });

    /// <param name="tunedBaselines">False leaves out TIFU-KNN and UP-CF@r (and their tuning): a quicker run while
    /// trying model changes, never the run a result is quoted from.</param>
    internal static EvalReport Evaluate(ShopDataFiles data, DateTime cutoff, DateTime testEnd, bool tunedBaselines = true)
    {
        var categoryOf = data.CategoryOf;
        var split = TemporalSplit.Make(data.History, cutoff, testEnd.AddDays(1), categoryOf);

        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var models = RankerTrainer.Train(data.History, cutoff, categoryOf);
        var model = new ModelRanking(new ShopperRanker(PurchaseSignals.From(split.Train), models));
        var trainSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var trainCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        // The two next-basket baselines are tuned on a window of the test window's length that ends at the cut-off.
        var baselines = new List<IRankingMethod>
        {
            PopularityBaseline.MostPopular(split.Train),
            PopularityBaseline.RecentPopular(split.Train),
            new ItemKnnBaseline(split.Train),
            new OwnHistoryBaseline(split.Train),
        };
        var settings = new Dictionary<string, string>();
        if (tunedBaselines)
        {
            var validation = TemporalSplit.Make(data.History, cutoff - (testEnd.AddDays(1) - cutoff), cutoff, categoryOf);
            var tuning = new BaselineTuning(validation);
            var (tifuAll, tifuNew) = tuning.TuneTifuKnn();
            var (upCfAll, upCfNew) = tuning.TuneUpCf();
            baselines.Add(new TifuKnnBaseline(split.Train, tifuAll, tifuNew));
            baselines.Add(new UpCfBaseline(split.Train, upCfAll, upCfNew));
            settings["tifuKnn"] = BaselineTuning.Describe(tifuAll, tifuNew);
            settings["upCf"] = BaselineTuning.Describe(upCfAll, upCfNew);
        }
        // Warm every method up first so that JIT time does not land in the first shoppers' timings.
        foreach (var method in baselines.Prepend(model))
        {
            foreach (var customer in split.All.Keys.Take(20)) method.Rank(customer, RecommenderEvaluation.K, false);
        }
        return new EvalReport(cutoff, testEnd, RecommenderEvaluation.Score(model, split),
            baselines.Select(b => RecommenderEvaluation.Score(b, split) with { Settings = settings.GetValueOrDefault(b.Name) }).ToList(), trainSeconds, trainCpuSeconds, LoadAverage());
    }

    /// <summary>The machine's 1/5/15-minute load (Linux), printed beside timings measured on a shared machine.</summary>
    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static ShopDataFiles LoadData(string[] args)
    {
        var directory = CommandLine.Option(args, "--data") ?? DemoShopData.DefaultDirectory;
        if (!Directory.Exists(directory)) throw new UsageException($"No shop data at {Path.GetFullPath(directory)} (--data DIR).");
        return ShopDataFiles.Read(directory);
    }

    private static Task<int> Run(TextWriter output, Func<int> command)
    {
        try
        {
            return Task.FromResult(command());
        }
        catch (UsageException e)
        {
            output.WriteLine($"error: {e.Message}");
            return Task.FromResult(2);
        }
    }
}
