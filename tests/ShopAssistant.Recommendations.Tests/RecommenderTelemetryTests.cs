using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>The recommender's scoring time is recorded for every list it serves, tagged with the list actually served.</summary>
public class RecommenderTelemetryTests
{
    [Fact]
    public void Each_list_records_its_scoring_time_under_the_list_it_served()
    {
        var measured = new ConcurrentQueue<(double Seconds, string? List)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RecommenderTelemetry.MeterName) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags) if (tag.Key == "list") measured.Enqueue((value, tag.Value as string));
        });
        listener.Start();
        var shop = TinyShop.Instance.Recommender;

        shop.Recommend(new RecommendationRequest(RecommendationKind.BuyAgain, 10004, null, 5));
        shop.Recommend(new RecommendationRequest(RecommendationKind.Discover, 10004, null, 5));
        shop.Recommend(new RecommendationRequest(RecommendationKind.BoughtTogether, null, "K01", 5));
        // A personal list for nobody is the popular list, and is recorded as what it is.
        shop.Recommend(new RecommendationRequest(RecommendationKind.Discover, null, null, 5));

        // Other tests of the run may score lists at the same time: at least ours are there, each with a time.
        foreach (var list in new[] { "buy_again", "discover", "bought_together", "popular" })
            Assert.Contains(measured, m => m.List == list && m.Seconds > 0 && m.Seconds < 5);
    }
}
