using Microsoft.SemanticKernel;

namespace ShopAssistant.AI;

/// <summary>A prompt of prompts/*.yaml, loaded once: its configuration (execution settings) and its compiled template.</summary>
public sealed class ModelPrompt
{
    private ModelPrompt(PromptTemplateConfig config)
    {
        Config = config;
        Template = new KernelPromptTemplateFactory { AllowDangerouslySetContent = config.AllowDangerouslySetContent }.Create(config);
    }

    public PromptTemplateConfig Config { get; }

    public IPromptTemplate Template { get; }

    public static ModelPrompt Load(string path) => new(PromptLibrary.Load(path));
}
