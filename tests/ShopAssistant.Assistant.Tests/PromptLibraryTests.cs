using ShopAssistant.AI;

namespace ShopAssistant.Assistant.Tests;

public sealed class PromptLibraryTests
{
    [Fact]
    public void The_answer_prompt_loads_with_yaml_booleans_and_numbers_typed()
    {
        var config = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts", "answer.yaml"));

        Assert.Equal("answer", config.Name);
        Assert.All(config.InputVariables, v => Assert.True(v.IsRequired));
        Assert.Equal(["language", "shopper", "context", "scripts"], config.InputVariables.Select(v => v.Name));
        Assert.Contains("{{$scripts}}", config.Template);
        Assert.Equal("0.2", config.DefaultExecutionSettings!.ExtensionData!["temperature"].ToString());
    }

    [Fact]
    public void Quoted_yaml_scalars_stay_strings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prompt-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "name: \"true\"\ntemplate: '42'\ninput_variables:\n  - name: x\n    is_required: false\n");
        try
        {
            var config = PromptLibrary.Load(path);
            Assert.Equal("true", config.Name);
            Assert.Equal("42", config.Template);
            Assert.False(config.InputVariables[0].IsRequired);
        }
        finally { File.Delete(path); }
    }
}
