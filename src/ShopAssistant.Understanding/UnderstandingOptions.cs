using Microsoft.Extensions.Configuration;
using ShopAssistant.Domain;

namespace ShopAssistant.Understanding;

/// <summary>
/// Configuration under ShopAssistant:Understanding. ModelDirectory holds the trained intent model (a cache:
/// deleting it only costs a retrain); DataDirectory holds the labelled utterances and the lexicon shipped with the app.
/// </summary>
public sealed record UnderstandingOptions
{
    public const string Section = "ShopAssistant:Understanding";

    public string ModelDirectory { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "app-data", "understanding");
    public string DataDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "data", "understanding");

    /// <summary>Language of a first message that has no letters (the shop is a Taobao shop: Chinese).</summary>
    public ShopLanguage DefaultLanguage { get; init; } = ShopLanguage.Zh;

    public static UnderstandingOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new UnderstandingOptions();
        return new UnderstandingOptions
        {
            ModelDirectory = Path.GetFullPath(section["ModelDirectory"] is { Length: > 0 } m ? m : defaults.ModelDirectory),
            DataDirectory = Path.GetFullPath(section["DataDirectory"] is { Length: > 0 } d ? d : defaults.DataDirectory),
            DefaultLanguage = section["DefaultLanguage"] is { Length: > 0 } l ? ShopLanguages.Parse(l) : defaults.DefaultLanguage,
        };
    }

    internal string TrainingFile => Path.Combine(DataDirectory, "intents.train.tsv");
    internal string HeldOutFile => Path.Combine(DataDirectory, "intents.test.tsv");
    internal string LexiconFile => Path.Combine(DataDirectory, "lexicon.json");
    internal string ShopTermsFile => Path.Combine(DataDirectory, "shop-terms.json");
    internal string PlacesFile => Path.Combine(DataDirectory, "places.json");
    internal string TopicsFile => Path.Combine(DataDirectory, "topics.json");
}
