using ShopAssistant.Knowledge.Evaluation;
using ShopAssistant.Knowledge.Qdrant;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge;

/// <summary>
/// The host's `ingest` and `eval retrieval` verbs. Options come from the arguments (--scripts DIR, --index DIR,
/// --qdrant URL), then the environment (ShopAssistant__Knowledge__ScriptsDirectory, …__IndexDirectory,
/// ShopAssistant__Qdrant__Endpoint), then the defaults of <see cref="KnowledgeOptions"/>.
/// </summary>
public static class KnowledgeCommands
{
    /// <summary>Builds the index (embedded file, and the Qdrant collection when configured). --force rebuilds even if unchanged.</summary>
    public static async Task<int> IngestAsync(string[] args, TextWriter output)
    {
        try
        {
            var options = Options(args);
            if (args.Contains("--force"))
                File.Delete(Path.Combine(options.IndexDirectory, CorpusFile.FileName));
            var snapshot = await KnowledgeSnapshot.LoadOrBuildAsync(options, null, CancellationToken.None).ConfigureAwait(false);
            var scripts = snapshot.Corpus.Scripts;
            output.WriteLine($"knowledge base: {options.ScriptsDirectory}");
            output.WriteLine($"{scripts.Count} scripts, {snapshot.Corpus.TopicTerms.Count} topics, " +
                $"{scripts.SelectMany(s => s.FactIds).Distinct().Count()} handbook facts, {snapshot.Corpus.Vocabulary.Count} terms");
            output.WriteLine(snapshot.Rebuilt
                ? $"index rebuilt: {Path.Combine(options.IndexDirectory, CorpusFile.FileName)}"
                : $"index up to date (scripts unchanged): {Path.Combine(options.IndexDirectory, CorpusFile.FileName)}");
            if (options.QdrantEndpoint is not null)
            {
                using var qdrant = new QdrantKnowledgeIndex(options);
                var reloaded = await qdrant.WarmUpAsync().ConfigureAwait(false);
                output.WriteLine($"qdrant collection '{options.QdrantCollection}' at {options.QdrantEndpoint}: {(reloaded ? "loaded" : "up to date")}");
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            output.WriteLine($"ingest failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Recall@1/@3 and MRR per language and latency p50/p99; with --json the last line is one JSON object.</summary>
    public static async Task<int> EvalRetrievalAsync(string[] args, TextWriter output)
    {
        try
        {
            var options = Options(args);
            var setPath = Value(args, "--set") ?? Path.Combine(options.ScriptsDirectory, "eval", "retrieval-set.tsv");
            var cases = RetrievalCase.ReadSet(setPath);
            IKnowledgeIndex index = options.QdrantEndpoint is null ? new EmbeddedKnowledgeIndex(options) : new QdrantKnowledgeIndex(options);
            try
            {
                var report = await RetrievalEvaluation.RunAsync(index, cases, CancellationToken.None).ConfigureAwait(false);
                report.Print(output, options.QdrantEndpoint is null ? "embedded" : "qdrant", args.Contains("--json"));
            }
            finally
            {
                (index as IDisposable)?.Dispose();
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            output.WriteLine($"eval retrieval failed: {e.Message}");
            return 1;
        }
    }

    private static KnowledgeOptions Options(string[] args)
    {
        var defaults = new KnowledgeOptions();
        var qdrant = Value(args, "--qdrant") ?? Environment.GetEnvironmentVariable("ShopAssistant__Qdrant__Endpoint");
        return new KnowledgeOptions
        {
            ScriptsDirectory = Path.GetFullPath(Value(args, "--scripts") ?? Environment.GetEnvironmentVariable("ShopAssistant__Knowledge__ScriptsDirectory") ?? defaults.ScriptsDirectory),
            IndexDirectory = Path.GetFullPath(Value(args, "--index") ?? Environment.GetEnvironmentVariable("ShopAssistant__Knowledge__IndexDirectory") ?? defaults.IndexDirectory),
            QdrantEndpoint = string.IsNullOrWhiteSpace(qdrant) ? null : new Uri(qdrant),
            QdrantApiKey = Environment.GetEnvironmentVariable("ShopAssistant__Qdrant__ApiKey"),
        };
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
