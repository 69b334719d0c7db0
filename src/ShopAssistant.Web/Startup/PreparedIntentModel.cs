using Microsoft.Extensions.Options;
using ShopAssistant.Understanding;

namespace ShopAssistant.Web.Startup;

/// <summary>
/// The intent model the build trains beside the program (prepared/understanding, see ShopAssistant.Web.csproj), copied
/// into a data folder that has none, so that a fresh start loads a model in milliseconds instead of training one for
/// about fifteen seconds. The copy is only a head start: the model cache still compares the key it was trained under
/// (the training file's hash and the pipeline's version) with the current ones, and trains again when the utterances
/// changed after the build. Nothing is copied over a model the data folder already has.
/// </summary>
public static class PreparedIntentModel
{
    /// <summary>The train verb's flag the build uses: the intent model only, not the minute-long recommender.</summary>
    public const string TrainOnlyFlag = "--intent-model-only";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "prepared", "understanding");

    /// <summary>True when the prepared model was copied into the model directory.</summary>
    public static bool SeedIfEmpty(IOptions<UnderstandingOptions> options) => SeedIfEmpty(Folder, options.Value.ModelDirectory);

    internal static bool SeedIfEmpty(string prepared, string modelDirectory)
    {
        if (!Directory.Exists(prepared)) return false;
        var files = Directory.GetFiles(prepared);
        if (files.Length == 0 || (Directory.Exists(modelDirectory) && Directory.EnumerateFileSystemEntries(modelDirectory).Any())) return false;
        Directory.CreateDirectory(modelDirectory);
        // The key file names what the model was trained on; it is written last, so that a half-copied folder reads as
        // a stale cache (and is trained over), never as a model under the wrong key. Each file goes beside and is
        // moved, so that an instance starting at the same time never reads half a file.
        foreach (var file in files.OrderBy(f => f.EndsWith(".key", StringComparison.Ordinal)))
        {
            var target = Path.Combine(modelDirectory, Path.GetFileName(file));
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.Copy(file, temp);
            try
            {
                File.Move(temp, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another instance sharing the model directory copied it first.
                File.Delete(temp);
            }
        }
        return true;
    }
}
