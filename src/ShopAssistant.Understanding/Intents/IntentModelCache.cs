using Microsoft.ML;
using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// The trained model as an artefact in the model directory (see <see cref="ArtefactFolder"/>), keyed by the training
/// file's content hash and the pipeline version: a changed utterance file or pipeline retrains (or, with
/// ShopAssistant:Models:TrainAtStart false, waits for a job to publish the new model), an unchanged one loads in milliseconds.
/// </summary>
internal sealed class IntentModelCache(string modelDirectory, ModelsOptions? models = null)
{
    public const string ModelFile = "intent-model.zip";

    private readonly ModelsOptions _models = models ?? new ModelsOptions();

    public ArtefactFolder Folder { get; } = new(modelDirectory);

    /// <summary>How many times this cache trained a model (tests check that a warm cache does not).</summary>
    public int Trainings { get; private set; }

    public static string KeyOf(UtteranceSet training, IntentTrainerKind kind) => $"{IntentTrainer.PipelineVersion}|{kind}|{training.ContentHash}";

    public ITransformer LoadOrTrain(MLContext ml, UtteranceSet training, IntentTrainerKind kind, out DataViewSchema schema, bool force = false)
    {
        var key = KeyOf(training, kind);
        var found = force ? null : _models.FindOrWait(Folder, key);
        if (found is not null)
        {
            try
            {
                return ml.Model.Load(Path.Combine(found, ModelFile), out schema);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or IOException)
            {
                // A truncated or foreign file is only a stale cache: train again below and replace it.
            }
        }

        var model = IntentTrainer.Train(ml, training.Utterances, kind);
        Trainings++;
        var rows = ml.Data.LoadFromEnumerable(new[] { new IntentInput() });
        var trainedSchema = schema = rows.Schema;
        Folder.Publish(key, folder => ml.Model.Save(model, trainedSchema, Path.Combine(folder, ModelFile)), replace: force || found is not null);
        return model;
    }
}
