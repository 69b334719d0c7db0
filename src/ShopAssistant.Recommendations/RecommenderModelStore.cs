using System.Globalization;
using System.Text.Json;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations;

/// <summary>
/// The trained model on disk: two ML.NET model files plus a small manifest. A manifest from another feature
/// version (or none) means "train again", so a code change never serves a model that reads features differently.
/// </summary>
public static class RecommenderModelStore
{
    private const string BuyAgainFile = "buy-again.zip";
    private const string DiscoverFile = "discover.zip";
    private const string ManifestFile = "recommender.json";

    private sealed record Manifest(int FeatureVersion, string TrainedThrough);

    /// <summary>Trains on the whole history: the label windows are the last weeks before its end.</summary>
    public static RankerModels Train(DemoShopData data) =>
        RankerTrainer.Train(data.History, EndOf(data), CategoryLookup(data.Catalogue));

    /// <summary>The exclusive end of the history: the day after its last purchase.</summary>
    public static DateTime EndOf(DemoShopData data) =>
        data.History.Count == 0 ? DateTime.Today : data.History.Max(l => l.PlacedAt).Date.AddDays(1);

    public static void Save(RankerModels models, string directory)
    {
        Directory.CreateDirectory(directory);
        models.BuyAgain.Save(Path.Combine(directory, BuyAgainFile));
        models.Discover.Save(Path.Combine(directory, DiscoverFile));
        var manifest = new Manifest(RankerFeatures.Version, models.TrainedThrough.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(manifest));
    }

    public static RankerModels? TryLoad(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath)) return null;
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath));
        if (manifest is null || manifest.FeatureVersion != RankerFeatures.Version) return null;
        var buyAgain = Path.Combine(directory, BuyAgainFile);
        var discover = Path.Combine(directory, DiscoverFile);
        if (!File.Exists(buyAgain) || !File.Exists(discover)) return null;
        return new RankerModels(RankerModel.Load(buyAgain), RankerModel.Load(discover),
            DateTime.ParseExact(manifest.TrainedThrough, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static Func<string, string?> CategoryLookup(Catalogue catalogue) => code => catalogue.Find(code)?.CategoryId;
}
