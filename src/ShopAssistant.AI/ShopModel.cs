using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ShopAssistant.AI;

/// <summary>
/// The one way the shop calls its language model: render the prompt, send it with the shopper's (or manager's) text,
/// stop at the caller's deadline, log a failure once, and report the tokens spent. Callers get a
/// <see cref="ModelAnswer"/> and never an exception: each has a fallback that does not need the model.
/// </summary>
public sealed partial class ShopModel
{
    private readonly ConcurrentDictionary<string, ModelPrompt> _prompts = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public ShopModel(LlmOptions options, ILogger<ShopModel>? logger = null, Kernel? kernel = null)
    {
        Options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Kernel = kernel ?? ShopKernel.Create(options);
    }

    public LlmOptions Options { get; }

    /// <summary>The process's chat-only kernel (no chat service when no endpoint is configured).</summary>
    public Kernel Kernel { get; }

    public bool Enabled => Options.Enabled;

    /// <summary>prompts/NAME loaded once from ShopAssistant:Llm:PromptsDirectory.</summary>
    public ModelPrompt Prompt(string name) => _prompts.GetOrAdd(name, n => ModelPrompt.Load(Path.Combine(Options.PromptsDirectory, n)));

    public async Task<ModelAnswer> AskAsync(ModelQuestion question, CancellationToken ct = default)
    {
        if (!Enabled) return ModelAnswer.Not(ModelOutcome.NotConfigured);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(question.Timeout ?? Options.Timeout);
        try
        {
            var kernel = question.Kernel ?? Kernel;
            var system = await question.Prompt.Template.RenderAsync(kernel, question.Arguments, deadline.Token).ConfigureAwait(false);
            var history = new ChatHistory(system);
            history.AddUserMessage(question.UserMessage);
            var asked = history.Count;
            var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(question.Prompt.Config.DefaultExecutionSettings);
            if (question.UseTools) settings.FunctionChoiceBehavior = FunctionChoiceBehavior.Auto();
            var reply = await kernel.GetRequiredService<IChatCompletionService>()
                .GetChatMessageContentAsync(history, settings, kernel, deadline.Token).ConfigureAwait(false);
            // With tool calls, the model's intermediate messages were added to the history, each with its own usage.
            var usage = history.Skip(asked).Where(m => !ReferenceEquals(m, reply)).Append(reply).Aggregate(ModelUsage.None, (sum, m) => sum + UsageOf(m));
            var text = string.IsNullOrWhiteSpace(reply.Content) ? null : reply.Content.Trim();
            return new ModelAnswer(ModelOutcome.Answered, text, usage);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var timedOut = deadline.IsCancellationRequested;
            LogFailed(_logger, question.Purpose, timedOut ? "timeout" : e.GetType().Name, e.Message);
            return ModelAnswer.Not(timedOut ? ModelOutcome.TimedOut : ModelOutcome.Failed);
        }
    }

    /// <summary>The OpenAI connector puts the response's usage in the message metadata under "Usage".</summary>
    internal static ModelUsage UsageOf(ChatMessageContent message) =>
        message.Metadata?.TryGetValue("Usage", out var value) == true && value is OpenAI.Chat.ChatTokenUsage usage
            ? new ModelUsage(usage.InputTokenCount, usage.OutputTokenCount)
            : ModelUsage.None;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call for {Purpose} failed ({Error}: {Message}); the caller's fallback is used.")]
    private static partial void LogFailed(ILogger logger, string purpose, string error, string message);
}
