using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

public sealed class AgentKpiSheetTests
{
    [Fact]
    public void Each_agent_gets_one_row_with_claims_closes_times_ratings_and_pace()
    {
        var log = new EventLogBuilder()
            .Handoff(Beijing(11, 21, 10), "a", 1).Claim(Beijing(11, 21, 10, 1), "a", 1, "lily", 60_000)
            .Reply(Beijing(11, 21, 10, 2), "a", 1, "lily", 10_000).Close(Beijing(11, 21, 10, 31), "a", 1, "lily", 1_800_000)
            .Rating(Beijing(11, 21, 10, 32), "a", 5, 1, "lily")
            .Handoff(Beijing(11, 21, 11), "b", 2).Claim(Beijing(11, 21, 11, 2), "b", 2, "lily", 120_000)
            .Reply(Beijing(11, 21, 11, 3), "b", 2, "lily", 30_000).Close(Beijing(11, 21, 11, 32), "b", 2, "lily", 1_800_000, "returned")
            .Handoff(Beijing(11, 21, 12), "c", 3).Claim(Beijing(11, 21, 12, 1), "c", 3, "bob", 30_000)
            .Close(Beijing(11, 21, 12, 11), "c", 3, "bob", 600_000).Rating(Beijing(11, 21, 12, 12), "c", 2, 3, "bob");
        var sheet = AgentKpiSheet.Compute(log.Events, new DateRange(Beijing(11, 20, 0), Beijing(11, 27, 0)), new Dictionary<string, double> { ["lily"] = 80 });

        Assert.Equal(["bob", "lily"], sheet.Select(r => r.Agent));
        var lily = sheet[1];
        Assert.Equal(2, lily.Claimed);
        Assert.Equal(1, lily.Resolved);
        Assert.Equal(1, lily.Returned);
        Assert.Equal(1_800_000, lily.AverageHandleMs);
        Assert.Equal(10_000, lily.FirstResponseP50Ms);
        Assert.Equal(1, lily.Csat);
        Assert.Equal(2, lily.ConversationsPerHour); // two closes in one hour of handling
        Assert.Equal(80, lily.FlowScore);
        var bob = sheet[0];
        Assert.Equal(0, bob.Csat);
        Assert.Equal(6, bob.ConversationsPerHour);
        Assert.Null(bob.FlowScore);
    }
}
