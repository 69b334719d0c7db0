using Microsoft.Extensions.Options;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Intents;

namespace ShopAssistant.Web.Startup;

/// <summary>
/// The intent model the build trains beside the program (prepared/understanding, see ShopAssistant.Web.csproj), published
/// into a model directory that lacks that version, so that a fresh start loads a model in milliseconds instead of training
/// one for about fifteen seconds. It is only a head start: the model cache looks for the version keyed by the current
/// utterances and pipeline, and trains (or waits for a job) when the utterances changed after the build. A version the
/// model directory already has is never copied over.
/// </summary>
public static class PreparedIntentModel
{
    /// <summary>The train verb's flag the build uses: the intent model only, not the minute-long recommender.</summary>
    public const string TrainOnlyFlag = "--intent-model-only";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "prepared", "understanding");

    /// <summary>True when a prepared version was published into the model directory.</summary>
    /// <remarks>The judges' models (<see cref="JudgeModel.All"/>), trained by the same verb, sit in folders of their own beside the intent model's.</remarks>
    public static bool Seed(IOptions<UnderstandingOptions> options) =>
        JudgeModel.All.Aggregate(Seed(Folder, options.Value.ModelDirectory),
            (seeded, judge) => Seed(judge.ModelDirectory(Folder), judge.ModelDirectory(options.Value.ModelDirectory)) | seeded);

    internal static bool Seed(string prepared, string modelDirectory)
    {
        if (!Directory.Exists(prepared)) return false;
        var target = new ArtefactFolder(modelDirectory);
        var seeded = false;
        foreach (var version in Directory.GetDirectories(prepared, "v-*"))
        {
            var keyFile = Path.Combine(version, ArtefactFolder.KeyFile);
            if (!File.Exists(keyFile) || File.ReadAllText(keyFile) is var key && target.Find(key) is not null) continue;
            // Published the same way a training would be (a whole folder renamed into place), so that an instance
            // starting at the same time never reads half a model.
            target.Publish(key, into =>
            {
                foreach (var file in Directory.GetFiles(version).Where(f => Path.GetFileName(f) != ArtefactFolder.KeyFile))
                    File.Copy(file, Path.Combine(into, Path.GetFileName(file)));
            });
            seeded = true;
        }
        return seeded;
    }
}
