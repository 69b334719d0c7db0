using System.ComponentModel.DataAnnotations;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Understanding;

/// <summary>
/// Configuration under ShopAssistant:Understanding. ModelDirectory holds the trained intent model (a cache:
/// deleting it only costs a retrain); DataDirectory holds the labelled utterances and the lexicon shipped with the app.
/// </summary>
public sealed record UnderstandingOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Understanding";

    /// <summary>Relative paths are taken from the current directory; the host puts it in its data folder unless set.</summary>
    public string ModelDirectory { get; set; } = Path.Combine("app-data", "understanding");
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "understanding");

    /// <summary>Language of a first message that has no letters (the shop is a Taobao shop: Chinese).</summary>
    public ShopLanguage DefaultLanguage { get; set; } = ShopLanguage.Zh;

    /// <summary>Bound from its own section, ShopAssistant:Models (what to do when the model is missing or stale).</summary>
    public ModelsOptions Models { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!File.Exists(TrainingFile))
            yield return new($"{Section}:DataDirectory has no labelled utterances ({TrainingFile}).", [nameof(DataDirectory)]);
    }

    internal string TrainingFile => Path.Combine(DataDirectory, "intents.train.tsv");

    /// <summary>The intent model's training: the hand-written file, and the authored sets' messages written by
    /// intents-from-sets.py when the data folder has them (a test folder may hold the first alone).</summary>
    internal IReadOnlyList<string> TrainingFiles =>
        File.Exists(SetsFile) ? [TrainingFile, SetsFile] : [TrainingFile];

    internal string SetsFile => Path.Combine(DataDirectory, "intents.sets.tsv");
    internal string HeldOutFile => Path.Combine(DataDirectory, "intents.test.tsv");
    internal string LexiconFile => Path.Combine(DataDirectory, "lexicon.json");
    internal string ShopTermsFile => Path.Combine(DataDirectory, "shop-terms.json");
    internal string PlacesFile => Path.Combine(DataDirectory, "places.json");
    internal string TopicsFile => Path.Combine(DataDirectory, "topics.json");
}
