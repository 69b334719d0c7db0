using ShopAssistant.Assistant;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Quality;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Web;

internal static class WarmUpExtensions
{
    /// <summary>Loads the shop data and opens (migrates) the database before the first shopper arrives, not during their first turn.</summary>
    public static void WarmUp(this WebApplication app)
    {
        app.Services.GetRequiredService<DemoShopData>();
        app.Services.GetRequiredService<IShopAssistant>();
        app.Services.GetRequiredService<IShopDatabase>().OpenConnectionAsync().GetAwaiter().GetResult().Dispose();
        // The recommender may need to train (about a minute on a fresh machine): do it off the start-up path.
        if (app.Services.GetRequiredService<RecommenderOptions>().WarmUp)
            _ = Task.Run(() => app.Services.GetRequiredService<IRecommender>());
        // The dashboard's read model parses the last days of the event log once (seconds on a busy shop): also off the path.
        _ = Task.Run(() => app.Services.GetRequiredService<EventProjection>().CatchUpAsync());
    }
}
