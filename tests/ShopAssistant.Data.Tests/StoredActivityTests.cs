namespace ShopAssistant.Data.Tests;

public sealed class StoredActivityTests
{
    private static TranscriptEntry Entry(string json) =>
        new("c1", TranscriptEntry.Outbound, "message", "a1", "bot", "bot", "hi", json, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Reads_the_bots_metadata_and_the_agent_from_channel_data()
    {
        var a = StoredActivity.Of(Entry("""
            {"type":"message","name":"n","channelData":{"agent":"lily","shopAssistant":{"intent":"return_policy","language":"en",
             "confidence":0.82,"sources":["a","b"],"products":[],"handoff":true,"handoffReason":"shopper_request"}}}
            """));

        Assert.Equal(new StoredActivity("n", "lily", "return_policy", "en", 0.82, 2, 0, true, "shopper_request"), a);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"channelData":"text"}""")]
    [InlineData("""{"channelData":{"shopAssistant":{"intent":5,"handoff":"yes"}}}""")]
    public void A_damaged_or_foreign_row_carries_no_metadata(string json)
    {
        var a = StoredActivity.Of(Entry(json));

        Assert.Null(a.Intent);
        Assert.False(a.Handoff);
        Assert.Null(a.Agent);
    }
}
