using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Evaluation;

/// <summary>
/// Runs the labelled retrieval set against a store: quality per language, and latency per question measured
/// after one warm-up pass (so jieba's dictionary load and JIT are not counted).
/// </summary>
internal static class RetrievalEvaluation
{
    private const int Depth = 10;

    /// <summary>Passes before timing (JIT tiers settle) and timed passes (more samples make p99 less noisy).</summary>
    private const int WarmUpPasses = 3;
    private const int TimedPasses = 3;

    public static async Task<RetrievalReport> RunAsync(IKnowledgeIndex index, IReadOnlyList<RetrievalCase> cases, CancellationToken ct)
    {
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var c in cases)
                await index.SearchAsync(Query(c), ct).ConfigureAwait(false);
        }

        var ranks = new List<(RetrievalCase Case, int Rank, string? Got)>();
        var latencies = new List<double>();
        foreach (var c in cases)
        {
            IReadOnlyList<KnowledgeHit> hits = [];
            for (var pass = 0; pass < TimedPasses; pass++)
            {
                var watch = Stopwatch.StartNew();
                hits = await index.SearchAsync(Query(c), ct).ConfigureAwait(false);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
            var position = hits.Select((h, i) => (h, i)).FirstOrDefault(p => c.Expected.Contains(p.h.ScriptId));
            var rank = position.h is null ? 0 : position.i + 1;
            ranks.Add((c, rank, hits.FirstOrDefault()?.ScriptId));
        }

        RetrievalScores For(ShopLanguage? language) =>
            RetrievalScores.Of(ranks.Where(r => language is null || r.Case.Language == language).Select(r => r.Rank).ToList());

        latencies.Sort();
        return new RetrievalReport(For(ShopLanguage.Zh), For(ShopLanguage.En), For(null),
            Percentile.Of(latencies, 0.50), Percentile.Of(latencies, 0.99), latencies.Count,
            ranks.Where(r => r.Rank is 0 or > 3).Select(r => (r.Case, r.Got)).ToList());
    }

    /// <summary>Every question may match staff notes too: the harder setting, as the set holds staff questions.</summary>
    private static KnowledgeQuery Query(RetrievalCase c) => new(c.Question, c.Language, Top: Depth, Audience: KnowledgeAudience.Staff);
}

internal sealed record RetrievalReport(RetrievalScores Zh, RetrievalScores En, RetrievalScores All, double P50Ms, double P99Ms, int Timings,
    IReadOnlyList<(RetrievalCase Case, string? Got)> Misses)
{
    public void Print(TextWriter output, string store, bool json)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"retrieval evaluation ({store} store), {All.Count} questions");
        output.WriteLine("language  questions  recall@1  recall@3  mrr");
        foreach (var (name, s) in new[] { ("zh", Zh), ("en", En), ("all", All) })
            output.WriteLine(string.Create(c, $"{name,-9} {s.Count,9}  {s.Recall1,8:0.000}  {s.Recall3,8:0.000}  {s.Mrr:0.000}"));
        output.WriteLine(string.Create(c, $"latency per question ({Timings} timed searches after warm-up): p50 {P50Ms:0.000} ms, p99 {P99Ms:0.000} ms"));
        foreach (var (miss, got) in Misses)
            output.WriteLine($"miss@3 [{miss.Language.Code()}] {miss.Question} -> expected {string.Join('|', miss.Expected)}, top {got ?? "(none)"}");
        if (!json)
            return;
        static object Figures(RetrievalScores s) => new { count = s.Count, recall1 = Math.Round(s.Recall1, 4), recall3 = Math.Round(s.Recall3, 4), mrr = Math.Round(s.Mrr, 4) };
        output.WriteLine(JsonSerializer.Serialize(new
        {
            store,
            zh = Figures(Zh),
            en = Figures(En),
            all = Figures(All),
            latencyMs = new { p50 = Math.Round(P50Ms, 4), p99 = Math.Round(P99Ms, 4) },
        }));
    }
}
