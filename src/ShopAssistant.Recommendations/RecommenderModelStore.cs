using System.Globalization;
using System.Text.Json;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations;

/// <summary>
/// The trained model on disk: two ML.NET model files plus a small manifest, published as one artefact version
/// (<see cref="ArtefactFolder"/>) keyed by the feature version and the history it learnt from. Another key (a code
/// change that reads features differently, a new history) means "train again" — or, with
/// ShopAssistant:Models:TrainAtStart false, wait for a `train`/`prepare` job to publish it.
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
    public static DateTime EndOf(DemoShopData data) => EndOf(data.History);

    public static DateTime EndOf(IReadOnlyList<PurchaseLine> history) =>
        history.Count == 0 ? DateTime.Today : history.Max(l => l.PlacedAt).Date.AddDays(1);

    /// <summary>What a model is trained from: the features' version, the history's end and size, the catalogue's size.</summary>
    public static string KeyOf(IReadOnlyList<PurchaseLine> history, int products) =>
        string.Create(CultureInfo.InvariantCulture, $"recommender|{RankerFeatures.Version}|{EndOf(history):yyyy-MM-dd}|{history.Count}|{products}");

    public static string KeyOf(DemoShopData data) => KeyOf(data.History, data.Catalogue.Products.Count);

    /// <summary>Publishes the models under <paramref name="key"/> in <paramref name="directory"/>; returns the version's folder.</summary>
    public static string Save(RankerModels models, string directory, string key, bool replace = false) =>
        new ArtefactFolder(directory).Publish(key, folder =>
        {
            models.BuyAgain.Save(Path.Combine(folder, BuyAgainFile));
            models.Discover.Save(Path.Combine(folder, DiscoverFile));
            var manifest = new Manifest(RankerFeatures.Version, models.TrainedThrough.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest));
        }, replace);

    /// <summary>The models published under <paramref name="key"/>, null when there are none (after waiting, if <paramref name="models"/> says so).</summary>
    public static RankerModels? TryLoad(string directory, string key, ModelsOptions? models = null) =>
        (models ?? new ModelsOptions()).FindOrWait(new ArtefactFolder(directory), key) is { } folder ? TryLoadFolder(folder) : null;

    public static bool IsPublished(string directory, string key) => new ArtefactFolder(directory).Find(key) is not null;

    private static RankerModels? TryLoadFolder(string directory)
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
