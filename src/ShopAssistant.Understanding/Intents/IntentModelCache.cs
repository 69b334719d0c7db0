using Microsoft.ML;

namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// The trained model as a file in the model directory, keyed by the training file's content hash and the pipeline
/// version: a changed utterance file or pipeline retrains, an unchanged one loads in milliseconds.
/// </summary>
internal sealed class IntentModelCache(string modelDirectory)
{
    private const string ModelFile = "intent-model.zip";
    private const string KeyFile = "intent-model.key";

    public string ModelPath => Path.Combine(modelDirectory, ModelFile);

    /// <summary>How many times this cache trained a model (tests check that a warm cache does not).</summary>
    public int Trainings { get; private set; }

    public ITransformer LoadOrTrain(MLContext ml, UtteranceSet training, IntentTrainerKind kind, out DataViewSchema schema)
    {
        var key = $"{IntentTrainer.PipelineVersion}|{kind}|{training.ContentHash}";
        var keyPath = Path.Combine(modelDirectory, KeyFile);
        if (File.Exists(ModelPath) && File.Exists(keyPath) && File.ReadAllText(keyPath).Trim() == key)
        {
            try
            {
                return ml.Model.Load(ModelPath, out schema);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or IOException)
            {
                // A truncated or foreign file is only a stale cache: train again below.
            }
        }

        var model = IntentTrainer.Train(ml, training.Utterances, kind);
        Trainings++;
        var rows = ml.Data.LoadFromEnumerable(new[] { new IntentInput() });
        schema = rows.Schema;
        Directory.CreateDirectory(modelDirectory);
        // Write beside, then move: another process starting at the same time never reads half a model.
        var temp = ModelPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        ml.Model.Save(model, schema, temp);
        File.Move(temp, ModelPath, overwrite: true);
        File.WriteAllText(keyPath, key);
        return model;
    }
}
