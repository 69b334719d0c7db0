using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Web.Startup;

namespace ShopAssistant.Web.Tests;

/// <summary>The build's intent model is a head start for a model directory without that version, never a replacement for one it has.</summary>
public sealed class PreparedIntentModelTests
{
    [Fact]
    public void A_model_directory_without_the_version_gets_it_whole()
    {
        var prepared = Prepared("v1|lbfgs|HASH", "model");
        var models = Path.Combine(Directory.CreateTempSubdirectory("sa-models-").FullName, "understanding");

        Assert.True(PreparedIntentModel.Seed(prepared, models));

        var version = new ArtefactFolder(models).Find("v1|lbfgs|HASH");
        Assert.NotNull(version);
        Assert.Equal("model", File.ReadAllText(Path.Combine(version, "intent-model.zip")));
        Assert.DoesNotContain(Directory.GetDirectories(models), d => Path.GetFileName(d).StartsWith(ArtefactFolder.TempPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_the_model_directory_has_is_left_alone()
    {
        var prepared = Prepared("v1|lbfgs|SAME", "prepared");
        var models = Directory.CreateTempSubdirectory("sa-models-").FullName;
        var trainedHere = new ArtefactFolder(models).Publish("v1|lbfgs|SAME", d => File.WriteAllText(Path.Combine(d, "intent-model.zip"), "trained here"));

        Assert.False(PreparedIntentModel.Seed(prepared, models));

        Assert.Equal("trained here", File.ReadAllText(Path.Combine(trainedHere, "intent-model.zip")));
    }

    [Fact]
    public void Without_a_prepared_model_nothing_is_created()
    {
        var models = Path.Combine(Directory.CreateTempSubdirectory("sa-models-").FullName, "understanding");

        Assert.False(PreparedIntentModel.Seed(Path.Combine(models, "..", "no-such-folder"), models));

        Assert.False(Directory.Exists(models));
    }

    private static string Prepared(string key, string model)
    {
        var folder = Directory.CreateTempSubdirectory("sa-prepared-").FullName;
        new ArtefactFolder(folder).Publish(key, d => File.WriteAllText(Path.Combine(d, "intent-model.zip"), model));
        return folder;
    }
}
