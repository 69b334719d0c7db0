using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations;

/// <summary>Builds the serving recommender: today's history snapshot plus the saved (or freshly trained) rankers.</summary>
public static class ShopRecommenderFactory
{
    public static ShopRecommender LoadOrTrain(DemoShopData data, RecommenderOptions options)
    {
        var key = RecommenderModelStore.KeyOf(data);
        var models = RecommenderModelStore.TryLoad(options.ModelDirectory, key, options.Models);
        if (models is null)
        {
            models = RecommenderModelStore.Train(data);
            // A version that is there but did not load (damaged) is replaced; one published meanwhile by another instance stands.
            RecommenderModelStore.Save(models, options.ModelDirectory, key, replace: RecommenderModelStore.IsPublished(options.ModelDirectory, key));
        }
        return Create(data, models);
    }

    public static ShopRecommender Create(DemoShopData data, RankerModels models)
    {
        var history = PurchaseHistory.Build(data.History, RecommenderModelStore.EndOf(data), RecommenderModelStore.CategoryLookup(data.Catalogue));
        return new ShopRecommender(data.Catalogue, new ShopperRanker(PurchaseSignals.From(history), models));
    }
}
