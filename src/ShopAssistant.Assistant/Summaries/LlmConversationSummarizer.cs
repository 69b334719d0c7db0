using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ShopAssistant.Assistant.Orchestration;

namespace ShopAssistant.Assistant.Summaries;

/// <summary>
/// The handoff summary by the configured language model (prompts/summary.yaml). Without a model, or when it fails or
/// takes longer than the LLM timeout, it returns null and the bot layer writes its extractive summary instead.
/// </summary>
public sealed partial class LlmConversationSummarizer(Orchestrator orchestrator, LlmOptions options, ILogger<LlmConversationSummarizer> logger)
    : IConversationSummarizer
{
    private const int MaxLines = 40;
    private readonly Lazy<(PromptTemplateConfig Config, IPromptTemplate Template)> _prompt = new(() =>
    {
        var config = PromptLibrary.Load(Path.Combine(options.PromptsDirectory, "summary.yaml"));
        return (config, new KernelPromptTemplateFactory { AllowDangerouslySetContent = true }.Create(config));
    });

    public async Task<string?> SummarizeAsync(IReadOnlyList<SummaryLine> conversation, string reason, string language, CancellationToken ct)
    {
        if (!options.Enabled || conversation.Count == 0) return null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Timeout);
        try
        {
            var kernel = orchestrator.Kernel;
            var system = await _prompt.Value.Template.RenderAsync(kernel, new KernelArguments { ["reason"] = reason, ["language"] = language }, deadline.Token);
            var history = new ChatHistory(system);
            history.AddUserMessage(string.Join("\n", conversation.TakeLast(MaxLines).Select(l => $"{l.Speaker}: {l.Text}")));
            var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(_prompt.Value.Config.DefaultExecutionSettings);
            var reply = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(history, settings, kernel, deadline.Token);
            return string.IsNullOrWhiteSpace(reply.Content) ? null : reply.Content.Trim();
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogFailed(logger, e.GetType().Name, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff summary by the model failed ({Kind}: {Message}); the extractive summary is used.")]
    private static partial void LogFailed(ILogger logger, string kind, string message);
}
