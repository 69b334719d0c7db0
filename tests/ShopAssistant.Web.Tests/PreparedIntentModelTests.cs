using ShopAssistant.Web.Startup;

namespace ShopAssistant.Web.Tests;

/// <summary>The build's intent model is a head start for an empty model directory, never a replacement for a model one has.</summary>
public sealed class PreparedIntentModelTests
{
    [Fact]
    public void An_empty_model_directory_gets_every_prepared_file()
    {
        var prepared = Folder(("intent-model.zip", "model"), ("intent-model.key", "v1|lbfgs|HASH"));
        var models = Path.Combine(Directory.CreateTempSubdirectory("sa-models-").FullName, "understanding");

        Assert.True(PreparedIntentModel.SeedIfEmpty(prepared, models));

        Assert.Equal("model", File.ReadAllText(Path.Combine(models, "intent-model.zip")));
        Assert.Equal("v1|lbfgs|HASH", File.ReadAllText(Path.Combine(models, "intent-model.key")));
        Assert.DoesNotContain(Directory.GetFiles(models), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_directory_that_has_a_model_is_left_alone()
    {
        var prepared = Folder(("intent-model.zip", "prepared"), ("intent-model.key", "v1|lbfgs|OLD"));
        var models = Folder(("intent-model.zip", "trained here"), ("intent-model.key", "v1|lbfgs|NEW"));

        Assert.False(PreparedIntentModel.SeedIfEmpty(prepared, models));

        Assert.Equal("trained here", File.ReadAllText(Path.Combine(models, "intent-model.zip")));
        Assert.Equal("v1|lbfgs|NEW", File.ReadAllText(Path.Combine(models, "intent-model.key")));
    }

    [Fact]
    public void Without_a_prepared_model_nothing_is_created()
    {
        var models = Path.Combine(Directory.CreateTempSubdirectory("sa-models-").FullName, "understanding");

        Assert.False(PreparedIntentModel.SeedIfEmpty(Path.Combine(models, "..", "no-such-folder"), models));

        Assert.False(Directory.Exists(models));
    }

    private static string Folder(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("sa-prepared-").FullName;
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }
}
