using System.Text.Json;
using ShopAssistant.Data;
using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

/// <summary>The single-pass calculator against the one it replaced, on random weeks: every figure, serialised, must match.</summary>
public sealed class MetricsEquivalenceTests
{
    private static readonly string[] Intents = ["order_status", "shipping_policy", "other", "complaint", "recommendation"];
    private static readonly string[] Reasons = ["shopper_request", "angry_or_complaint", "bot_failed_twice", "safety"];
    private static readonly string[] Agents = ["lily", "bob", "chen"];

    private static IReadOnlyList<ShopEvent> RandomWeek(int seed, int conversations)
    {
        var random = new Random(seed);
        var log = new EventLogBuilder();
        var start = Beijing(11, 18, 0);
        for (var n = 0; n < conversations; n++)
        {
            var id = "c" + n;
            // Some start before the range, some after it, some in its look-ahead.
            var t = start.AddMinutes(random.Next(12 * 24 * 60)).AddMilliseconds(random.Next(1000));
            var turns = random.Next(0, 4);
            for (var k = 0; k < turns; k++)
            {
                log.Turn(t, id, Intents[random.Next(Intents.Length)], random.NextDouble(), random.Next(3) == 0 ? "en" : "zh",
                    latencyMs: Math.Round(random.NextDouble() * 500, random.Next(4)));
                t = t.AddMinutes(random.Next(3) == 0 ? random.Next(20 * 60, 40 * 60) : random.Next(1, 30));
            }
            if (random.Next(4) == 0)
            {
                var agent = Agents[random.Next(Agents.Length)];
                log.Handoff(t, id, n, Reasons[random.Next(Reasons.Length)]);
                if (random.Next(5) > 0) log.Claim(t.AddMinutes(2), id, n, agent, random.NextDouble() * 300_000);
                if (random.Next(5) > 0) log.Reply(t.AddMinutes(3), id, n, agent, random.Next(3) == 0 ? null : random.NextDouble() * 60_000);
                if (random.Next(5) > 0) log.Close(t.AddMinutes(30), id, n, agent, random.NextDouble() * 1_800_000 + 0.1, random.Next(4) == 0 ? "returned" : "resolved");
                // Stars out of 1–5 are written sometimes and must be left out.
                if (random.Next(3) > 0) log.Rating(t.AddMinutes(31), id, random.Next(0, 7), n, agent);
            }
            if (random.Next(6) == 0)
            {
                log.Shown(t, id, Enumerable.Range(0, random.Next(0, 4)).Select(i => "S" + i).ToArray());
                if (random.Next(2) == 0) log.Clicked(t.AddSeconds(30), id, "S0");
                if (random.Next(3) == 0) log.Carted(t.AddSeconds(60), id, "S0");
            }
        }
        return log.Events;
    }

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_figure_matches_the_calculator_it_replaced(int seed)
    {
        var events = RandomWeek(seed, 400);
        DateRange[] ranges =
        [
            new(Beijing(11, 20, 0), Beijing(11, 27, 0)),
            new(Beijing(11, 22, 0), Beijing(11, 23, 0)),
            new(Beijing(11, 21, 7, 13).AddTicks(17), Beijing(11, 25, 19, 2)),
            new(Beijing(10, 1, 0), Beijing(10, 8, 0)),
        ];
        foreach (var range in ranges)
        {
            var grouped = ConversationFacts.Group(events, range);
            Assert.Equal(JsonSerializer.Serialize(ReferenceMetrics.Compute(grouped, range)), JsonSerializer.Serialize(MetricsCalculator.Compute(grouped, range)));
        }
    }

    [Fact]
    public void An_empty_log_matches_too()
    {
        var range = new DateRange(Beijing(11, 20, 0), Beijing(11, 27, 0));
        var grouped = ConversationFacts.Group([], range);
        Assert.Equal(JsonSerializer.Serialize(ReferenceMetrics.Compute(grouped, range)), JsonSerializer.Serialize(MetricsCalculator.Compute(grouped, range)));
    }
}
