using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopAssistant.Domain;
using ShopAssistant.Bench.Dashboard;
using ShopAssistant.Data;
using Microsoft.Extensions.Logging.Abstractions;
using ShopAssistant.AI;
using ShopAssistant.Data.Sqlite;
using ShopAssistant.Data.Postgres;
using ShopAssistant.Quality;
using ShopAssistant.Testing;
using Dapper;

// Dashboard bench: seeds a SQLite file with N conversations over the last 7 days, then times what the dashboard's
// endpoints do (QualityReports over the event projection, compute, serialise to JSON), beside a baseline query on the
// same file. "warm" repeats a request with nothing new in the log (the cached report); "fresh" first appends one event,
// so the request pays the catch-up, the regrouping and the computation, which is what a dashboard refresh on a busy shop pays.
// Usage: dotnet run -c Release --project bench/dashboard -- [--conversations 100000] [--runs 30] [--db path] [--memory]
//        [--provider sqlite|postgres] [--postgres "Host=…;Database=…"]
// --memory only loads the projection and one grouping and prints what each keeps alive.
// --provider postgres times the same on PostgreSQL: the events seeded into the SQLite file are copied, same rows and ids,
// into the database of --postgres, or into a throw-away cluster (Debian's postgresql, as the tests start it).
var conversations = Arg("--conversations", 100_000);
var runs = Arg("--runs", 30);
// In a folder of its own: the database makes its folder owner-only (0700), which must never be /tmp itself.
var path = Option("--db") ?? Path.Combine(Path.GetTempPath(), "shopassistant-dashboard-bench", $"dashboard-bench-{conversations}.db");
var provider = Option("--provider") ?? "sqlite";
if (provider is not ("sqlite" or "postgres")) { Console.Error.WriteLine("--provider sqlite|postgres"); return 2; }
var now = DateTimeOffset.UtcNow;
var sqlite = new SqliteDatabase(path);
await using var cluster = provider == "postgres" && Option("--postgres") is null ? new PostgresCluster() : null;
await using var postgres = provider == "postgres" ? new PostgresDatabase(Option("--postgres") ?? await cluster!.CreateDatabaseAsync()) : null;
SqlDatabase database = postgres is null ? sqlite : postgres;
var log = new DatabaseEventLog(database);
var projection = new EventProjection(log, TimeProvider.System);
var reports = new QualityReports(log, TimeProvider.System, projection);
// No transcripts are seeded: flow scores read empty transcripts, so their cost here is the lookups only.
var browser = new ConversationBrowser(reports, new DatabaseTranscriptLog(database), new DatabaseFlowVerdictStore(database),
    new LlmFlowJudge(new ShopModel(new LlmOptions()), NullLogger<LlmFlowJudge>.Instance), TimeProvider.System);
var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

if (!File.Exists(path) || Option("--db") is null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    foreach (var stale in new[] { path, path + "-wal", path + "-shm" }) File.Delete(stale);
    var seeding = Stopwatch.StartNew();
    var rows = await EventSeeder.SeedAsync(sqlite, conversations, now);
    Console.WriteLine($"seeded {conversations:N0} conversations, {rows:N0} events in {seeding.Elapsed.TotalSeconds:F1} s ({path})");
}
if (postgres is not null)
{
    var copying = Stopwatch.StartNew();
    var rows = await PostgresEvents.CopyAsync(sqlite, postgres);
    Console.WriteLine($"copied {rows:N0} events into PostgreSQL in {copying.Elapsed.TotalSeconds:F1} s");
}
Console.WriteLine($"provider: {provider}");

var range = DateRange.LastDays(now);
if (args.Contains("--memory"))
{
    var before = GC.GetTotalMemory(true);
    var pv = await projection.CatchUpAsync();
    var afterProjection = GC.GetTotalMemory(true);
    var grouped = ConversationFacts.GroupParsed(pv.Slice(range.From, range.To + MetricsCalculator.LookAhead), range);
    var afterGroup = GC.GetTotalMemory(true);
    Console.WriteLine($"projection {(afterProjection - before) / 1048576d:F0} MB for {pv.Count:N0} events ({(afterProjection - before) / (double)pv.Count:F0} B/event); grouping {(afterGroup - afterProjection) / 1048576d:F0} MB for {grouped.Count:N0}");
    GC.KeepAlive(grouped);
    return 0;
}
Console.WriteLine($"load average at start: {LoadAverage()}");

var baseline = await TimeAsync(async () =>
{
    await using var connection = await database.OpenConnectionAsync();
    await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE at_ms >= @from", new { from = range.From.ToUnixTimeMilliseconds() });
});

// Cold: the first request of the process loads and parses the window into the projection.
QualityMetrics first = null!;
var cold = await TimeOnceAsync(async () => JsonSerializer.Serialize(first = await reports.MetricsAsync(range), web));
var held = (await projection.CatchUpAsync()).Count;
Console.WriteLine($"cold first /api/metrics: {cold:F0} ms ({held:N0} events held; {first.Conversations:N0} conversations in range, handoff rate {first.HandoffRate:P1}, CSAT {first.Csat:P1})");
Console.WriteLine($"same figures as the old path: {JsonSerializer.Serialize(MetricsCalculator.Compute(await log.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead), range)) == JsonSerializer.Serialize(first)}");
Console.WriteLine($"RSS after cold load: {RssMb():F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576d:F0} MB, live after a full GC {GC.GetTotalMemory(true) / 1048576d:F0} MB");

var appended = 0;
async Task AppendOneAsync() =>
    await log.AppendAsync(new ShopEvent(DateTimeOffset.UtcNow, ShopEventKinds.Turn, $"bench-live-{appended++}", "shopper-live", "order_status",
        """{"Confidence":0.9,"Language":"zh","Handoff":false,"LatencyMs":120}"""));

var metricsWarm = await TimeAsync(async () => JsonSerializer.Serialize(await reports.MetricsAsync(range), web));
var metricsFresh = await TimeAsync(async () => { await AppendOneAsync(); JsonSerializer.Serialize(await reports.MetricsAsync(range), web); });
var agentsWarm = await TimeAsync(async () => JsonSerializer.Serialize(await reports.AgentsAsync(range, await browser.FlowScoresByAgentAsync(range)), web));
var agentsFresh = await TimeAsync(async () => { await AppendOneAsync(); JsonSerializer.Serialize(await reports.AgentsAsync(range, await browser.FlowScoresByAgentAsync(range)), web); });
var groupingFresh = await TimeAsync(async () => { await AppendOneAsync(); await reports.ConversationsAsync(range); });
var listFresh = await TimeAsync(async () => { await AppendOneAsync(); JsonSerializer.Serialize(await browser.ListAsync(range, new ConversationFilter(), 50), web); });
// One refresh as the browser sends it: the requests in parallel, after the log has grown.
var refresh = await TimeAsync(async () =>
{
    await AppendOneAsync();
    await Task.WhenAll(
        Task.Run(async () => JsonSerializer.Serialize(await reports.MetricsAsync(range), web)),
        Task.Run(async () => JsonSerializer.Serialize(await reports.AgentsAsync(range, await browser.FlowScoresByAgentAsync(range)), web)),
        Task.Run(async () => JsonSerializer.Serialize(await browser.ListAsync(range, new ConversationFilter(), 50), web)),
        Task.Run(async () => JsonSerializer.Serialize(await reports.AlertsAsync(), web)));
});
// The slow path, step by step (means over the runs): a late-written earlier event (the simulate verb) makes the range
// be grouped again from the projection instead of added to, and the metrics computed again from that.
var steps = new double[5];
for (var i = 0; i < runs; i++)
{
    var step = Stopwatch.StartNew();
    await AppendOneAsync();
    steps[0] += step.Elapsed.TotalMilliseconds;
    step.Restart();
    var view = await projection.CatchUpAsync();
    steps[1] += step.Elapsed.TotalMilliseconds;
    step.Restart();
    var grouped = ConversationFacts.GroupParsed(view.Slice(range.From, range.To + MetricsCalculator.LookAhead), range);
    steps[2] += step.Elapsed.TotalMilliseconds;
    step.Restart();
    var computed = MetricsCalculator.Compute(grouped, range);
    steps[3] += step.Elapsed.TotalMilliseconds;
    step.Restart();
    JsonSerializer.Serialize(computed, web);
    steps[4] += step.Elapsed.TotalMilliseconds;
}
Console.WriteLine($"regroup path by step (mean ms): append {steps[0] / runs:F1}, catch-up {steps[1] / runs:F1}, group {steps[2] / runs:F1}, compute {steps[3] / runs:F1}, json {steps[4] / runs:F1}");
var alerts = await TimeAsync(async () => JsonSerializer.Serialize(await reports.AlertsAsync(), web));
var rss = RssMb();
var peak = PeakRssMb();
// The old path once, in the same run, for comparison: range read with look-ahead, group and parse, compute, JSON.
// Last, so that the RSS figures above are the new path's own.
var oldPath = await TimeOnceAsync(async () =>
    JsonSerializer.Serialize(MetricsCalculator.Compute(await log.ReadAsync(range.From, range.To + MetricsCalculator.LookAhead), range), web));

Console.WriteLine($"baseline COUNT(*) query                 p50 {baseline.P50,8:F1} ms  p99 {baseline.P99,8:F1} ms");
Console.WriteLine($"old path /api/metrics (1 run)               {oldPath,8:F0} ms");
Console.WriteLine($"/api/metrics cold (first request)           {cold,8:F0} ms");
Console.WriteLine($"/api/metrics warm                       p50 {metricsWarm.P50,8:F1} ms  p99 {metricsWarm.P99,8:F1} ms  ({metricsWarm.P99 / Math.Max(0.01, baseline.P99):F1}x baseline)");
Console.WriteLine($"/api/metrics fresh (1 new event)        p50 {metricsFresh.P50,8:F1} ms  p99 {metricsFresh.P99,8:F1} ms  ({metricsFresh.P99 / Math.Max(0.01, baseline.P99):F1}x baseline), CPU p50 {metricsFresh.CpuP50:F0} ms");
Console.WriteLine($"/api/metrics/agents warm                p50 {agentsWarm.P50,8:F1} ms  p99 {agentsWarm.P99,8:F1} ms");
Console.WriteLine($"/api/metrics/agents fresh               p50 {agentsFresh.P50,8:F1} ms  p99 {agentsFresh.P99,8:F1} ms");
Console.WriteLine($"conversations grouping fresh            p50 {groupingFresh.P50,8:F1} ms  p99 {groupingFresh.P99,8:F1} ms");
Console.WriteLine($"/api/conversations fresh                p50 {listFresh.P50,8:F1} ms  p99 {listFresh.P99,8:F1} ms");
Console.WriteLine($"/api/metrics/alerts (7 days to now)     p50 {alerts.P50,8:F1} ms  p99 {alerts.P99,8:F1} ms");
Console.WriteLine($"dashboard refresh fresh (4 in parallel) p50 {refresh.P50,8:F1} ms  p99 {refresh.P99,8:F1} ms");
Console.WriteLine($"process RSS {rss:F0} MB (peak {peak:F0} MB, before the old path ran), managed heap {GC.GetTotalMemory(false) / 1048576d:F0} MB, live after a full GC {GC.GetTotalMemory(true) / 1048576d:F0} MB; load average: {LoadAverage()}");
Console.WriteLine(JsonSerializer.Serialize(new
{
    bench = "dashboard", provider, conversations, events = held, runs, oldPathMs = oldPath, coldMs = cold,
    metricsWarmP50Ms = metricsWarm.P50, metricsWarmP99Ms = metricsWarm.P99, metricsFreshP50Ms = metricsFresh.P50, metricsFreshP99Ms = metricsFresh.P99,
    metricsFreshCpuP50Ms = metricsFresh.CpuP50, agentsFreshP99Ms = agentsFresh.P99, groupingFreshP99Ms = groupingFresh.P99, refreshP99Ms = refresh.P99,
    alertsP99Ms = alerts.P99, baselineP99Ms = baseline.P99, rssMb = rss, peakRssMb = peak,
}));
SqliteConnection.ClearAllPools();
return 0;

// Wall time on a shared machine is inflated by other processes; CPU time per run (this process, all threads) is printed beside it.
async Task<(double P50, double P99, double CpuP50)> TimeAsync(Func<Task> work)
{
    var samples = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await work();
        samples.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
    samples.Sort();
    cpu.Sort();
    return (Percentile.Of(samples, 0.50), Percentile.Of(samples, 0.99), Percentile.Of(cpu, 0.50));
}

async Task<double> TimeOnceAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalMilliseconds;
}

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

static double RssMb() => Process.GetCurrentProcess().WorkingSet64 / 1048576d;

static double PeakRssMb() => Process.GetCurrentProcess().PeakWorkingSet64 / 1048576d;

int Arg(string name, int fallback) => int.TryParse(Option(name), out var value) ? value : fallback;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
