using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopAssistant.Bench.Dashboard;
using ShopAssistant.Data.Sqlite;
using ShopAssistant.Quality;

// Dashboard bench: seeds a SQLite file with N conversations over the last 7 days, then times what GET /api/metrics does
// (read the range from the event log, compute, serialise to JSON), beside a baseline query on the same file.
// Usage: dotnet run -c Release --project bench/dashboard -- [--conversations 100000] [--runs 30] [--db path]
var conversations = Arg("--conversations", 100_000);
var runs = Arg("--runs", 30);
var path = Option("--db") ?? Path.Combine(Path.GetTempPath(), $"dashboard-bench-{conversations}.db");
var now = DateTimeOffset.UtcNow;
var database = new SqliteDatabase(path);
var reports = new QualityReports(new SqliteEventLog(database), TimeProvider.System);
var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

if (!File.Exists(path) || Option("--db") is null)
{
    foreach (var stale in new[] { path, path + "-wal", path + "-shm" }) File.Delete(stale);
    var seeding = Stopwatch.StartNew();
    var rows = await EventSeeder.SeedAsync(database, conversations, now);
    Console.WriteLine($"seeded {conversations:N0} conversations, {rows:N0} events in {seeding.Elapsed.TotalSeconds:F1} s ({path})");
}

var range = DateRange.LastDays(now);
var warm = await reports.MetricsAsync(range);
Console.WriteLine($"warm-up: {warm.Conversations:N0} conversations in range, handoff rate {warm.HandoffRate:P1}, CSAT {warm.Csat:P1}");

var baseline = await TimeAsync(async () =>
{
    await using var connection = await database.OpenAsync();
    await using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) FROM event WHERE at_ms >= $from";
    count.Parameters.AddWithValue("$from", range.From.ToUnixTimeMilliseconds());
    await count.ExecuteScalarAsync();
});
var metrics = await TimeAsync(async () => JsonSerializer.Serialize(await reports.MetricsAsync(range), web));
var agents = await TimeAsync(async () => JsonSerializer.Serialize(await reports.AgentsAsync(range), web));
var events = await reports.ReadAsync(new DateRange(range.From, range.To + MetricsCalculator.LookAhead));
var parse = Stopwatch.StartNew();
foreach (var e in events) EventFacts.Parse(e);
Console.WriteLine($"parse only: {parse.Elapsed.TotalMilliseconds:F0} ms; read only: {await TimeOnceAsync(() => reports.ReadAsync(range)):F0} ms");
var grouping = Stopwatch.StartNew();
var grouped = ConversationFacts.Group(events, range);
var groupMs = grouping.Elapsed.TotalMilliseconds;
grouping.Restart();
MetricsCalculator.Compute(grouped, range);
Console.WriteLine($"group: {groupMs:F0} ms; compute over groups: {grouping.Elapsed.TotalMilliseconds:F0} ms");
var calculator = await TimeAsync(() => { MetricsCalculator.Compute(events, range); return Task.CompletedTask; });

Console.WriteLine($"baseline COUNT(*) query      p50 {baseline.P50,8:F1} ms  p99 {baseline.P99,8:F1} ms");
Console.WriteLine($"/api/metrics (read+compute+json) p50 {metrics.P50,8:F1} ms  p99 {metrics.P99,8:F1} ms  ({metrics.P99 / Math.Max(0.01, baseline.P99):F0}× baseline), CPU p50 {metrics.CpuP50:F0} ms");
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"/api/metrics/agents          p50 {agents.P50,8:F1} ms  p99 {agents.P99,8:F1} ms");
Console.WriteLine($"calculator only ({events.Count:N0} events) p50 {calculator.P50,8:F1} ms  p99 {calculator.P99,8:F1} ms");
Console.WriteLine(JsonSerializer.Serialize(new
{
    bench = "dashboard", conversations, events = events.Count, runs,
    metricsP50Ms = metrics.P50, metricsP99Ms = metrics.P99, metricsCpuP50Ms = metrics.CpuP50, agentsP99Ms = agents.P99, calculatorP99Ms = calculator.P99, baselineP99Ms = baseline.P99,
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
    return (samples[(int)Math.Ceiling(0.5 * samples.Count) - 1], samples[(int)Math.Ceiling(0.99 * samples.Count) - 1], cpu[(cpu.Count - 1) / 2]);
}

async Task<double> TimeOnceAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalMilliseconds;
}

int Arg(string name, int fallback) => int.TryParse(Option(name), out var value) ? value : fallback;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
