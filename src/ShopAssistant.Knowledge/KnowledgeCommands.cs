using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ShopAssistant.Knowledge.Evaluation;
using ShopAssistant.Knowledge.Qdrant;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge;

/// <summary>
/// The host's `ingest` and `eval retrieval` verbs. Options come from the arguments (--scripts DIR, --index DIR,
/// --qdrant URL), then the given options (a host passes its own, bound from configuration), or
/// without them the environment (ShopAssistant__Knowledge__ScriptsDirectory, …__IndexDirectory,
/// ShopAssistant__Qdrant__Endpoint, …__ApiKey), then the defaults of <see cref="KnowledgeOptions"/>.
/// </summary>
public static class KnowledgeCommands
{
    /// <summary>Builds the index (embedded file, and the Qdrant collection when configured). --force rebuilds even if unchanged.</summary>
    public static Task<int> IngestAsync(string[] args, TextWriter output) =>
        FromEnvironment(output, "ingest") is { } options ? IngestAsync(args, output, options) : Task.FromResult(1);

    /// <inheritdoc cref="IngestAsync(string[], TextWriter)"/>
    /// <param name="embeddings">The host's embeddings model (ShopAssistant:Llm:EmbeddingModel), or null for a sparse-only index.</param>
    public static async Task<int> IngestAsync(string[] args, TextWriter output, KnowledgeOptions options,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        try
        {
            options = WithArguments(options, args);
            var logger = new OutputLogger(output);
            var snapshot = await KnowledgeSnapshot.LoadOrBuildAsync(options, embeddings, CancellationToken.None, force: args.Contains("--force"), logger).ConfigureAwait(false);
            var scripts = snapshot.Corpus.Scripts;
            output.WriteLine($"knowledge base: {options.ScriptsDirectory}");
            output.WriteLine($"{scripts.Count} scripts, {snapshot.Corpus.TopicTerms.Count} topics, " +
                $"{scripts.SelectMany(s => s.FactIds).Distinct().Count()} handbook facts, {snapshot.Corpus.Vocabulary.Count} terms");
            output.WriteLine(snapshot.Rebuilt
                ? $"index rebuilt: {options.IndexDirectory}"
                : $"index up to date (scripts unchanged): {options.IndexDirectory}");
            output.WriteLine(snapshot.Corpus.EmbeddingModel is { } model
                ? $"retrieval: dense + sparse (embeddings {model})"
                : "retrieval: sparse only (words alone)");
            if (options.Qdrant.Endpoint is not null)
            {
                using var qdrant = new QdrantKnowledgeIndex(options, embeddings, logger);
                var reloaded = await qdrant.WarmUpAsync().ConfigureAwait(false);
                output.WriteLine($"qdrant collection '{options.Qdrant.Collection}' at {options.Qdrant.Endpoint}: {(reloaded ? "loaded" : "up to date")}");
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            output.WriteLine($"ingest failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Recall@1/@3 and MRR per language and latency p50/p99 over knowledge-base/eval/retrieval-set.tsv (or --set PATH);
    /// with --json the last line is one JSON object.
    /// </summary>
    public static Task<int> EvalRetrievalAsync(string[] args, TextWriter output) =>
        FromEnvironment(output, "eval retrieval") is { } options ? EvalRetrievalAsync(args, output, options) : Task.FromResult(1);

    /// <inheritdoc cref="EvalRetrievalAsync(string[], TextWriter)"/>
    /// <param name="embeddings">The host's embeddings model, so that the measure is of the retrieval the server runs.</param>
    public static async Task<int> EvalRetrievalAsync(string[] args, TextWriter output, KnowledgeOptions options,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        try
        {
            options = WithArguments(options, args);
            var setPath = Value(args, "--set") ?? Path.Combine(options.ScriptsDirectory, "eval", "retrieval-set.tsv");
            var cases = RetrievalCase.ReadSet(setPath);
            IKnowledgeIndex index = options.Qdrant.Endpoint is null ? new EmbeddedKnowledgeIndex(options, embeddings) : new QdrantKnowledgeIndex(options, embeddings);
            try
            {
                var report = await RetrievalEvaluation.RunAsync(index, cases, CancellationToken.None).ConfigureAwait(false);
                report.Print(output, options.Qdrant.Endpoint is null ? "embedded" : "qdrant", args.Contains("--json"));
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

    /// <summary>Without a host: the environment (ShopAssistant__Knowledge__…, ShopAssistant__Qdrant__…) bound as the host binds it.</summary>
    private static KnowledgeOptions? FromEnvironment(TextWriter output, string verb)
    {
        try
        {
            return new ConfigurationBuilder().AddEnvironmentVariables().Build().BindKnowledgeOptions();
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            output.WriteLine($"{verb} failed: {e.Message}");
            return null;
        }
    }

    private static KnowledgeOptions WithArguments(KnowledgeOptions options, string[] args)
    {
        var qdrant = Value(args, "--qdrant");
        // Models stays the default: a verb is the job that builds the index and never waits for one.
        return new KnowledgeOptions
        {
            ScriptsDirectory = Path.GetFullPath(Value(args, "--scripts") ?? options.ScriptsDirectory),
            IndexDirectory = Path.GetFullPath(Value(args, "--index") ?? options.IndexDirectory),
            Qdrant = qdrant is null ? options.Qdrant : new QdrantOptions { Endpoint = new Uri(qdrant), ApiKey = options.Qdrant.ApiKey, Collection = options.Qdrant.Collection },
        };
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
