using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ShopAssistant.AI;

/// <summary>
/// The one way the shop calls its language model: render the prompt, send it with the shopper's (or manager's) text
/// through the <see cref="ModelGate"/> (bulkhead, breaker, deadline, Retry-After), log a failure once, and record the
/// tokens spent. Callers get a <see cref="ModelAnswer"/> and never an exception: each has a fallback that does not need
/// the model, and what the gate refuses is refused at once.
/// </summary>
public sealed partial class ShopModel
{
    private readonly ConcurrentDictionary<string, ModelPrompt> _prompts = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public ShopModel(LlmOptions options, ILogger<ShopModel>? logger = null, Kernel? kernel = null,
        ModelGate? gate = null, ModelUsageLedger? usage = null, ModelTelemetry? telemetry = null)
    {
        Options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Kernel = kernel ?? ShopKernel.Create(options);
        Gate = gate ?? new ModelGate(new ModelResilienceOptions());
        Usage = usage ?? new ModelUsageLedger(new ModelCostOptions());
        Telemetry = telemetry ?? new ModelTelemetry(Gate);
        if (Enabled) Gate.ProbeWith(ProbeAsync);
    }

    public ModelGate Gate { get; }

    public ModelUsageLedger Usage { get; }

    public ModelTelemetry Telemetry { get; }

    public LlmOptions Options { get; }

    /// <summary>The process's chat-only kernel (no chat service when no endpoint is configured).</summary>
    public Kernel Kernel { get; }

    public bool Enabled => Options.Enabled;

    /// <summary>prompts/NAME loaded once from ShopAssistant:Llm:PromptsDirectory.</summary>
    public ModelPrompt Prompt(string name) => _prompts.GetOrAdd(name, n => ModelPrompt.Load(Path.Combine(Options.PromptsDirectory, n)));

    /// <summary>Why the model would not be tried now (breaker open, Retry-After, today's tokens spent), or null.</summary>
    public ModelOutcome? Refusal() =>
        !Enabled ? ModelOutcome.NotConfigured
        : Usage.BudgetSpent ? ModelOutcome.DailyBudgetSpent
        : Gate.Refusal();

    /// <summary>The same, after reading the day's tokens back from the usage log once (a restart keeps the budget).</summary>
    public async ValueTask<ModelOutcome?> RefusalAsync(CancellationToken ct)
    {
        if (!Enabled) return ModelOutcome.NotConfigured;
        await Usage.SeedAsync(ct).ConfigureAwait(false);
        return Refusal();
    }

    public async Task<ModelAnswer> AskAsync(ModelQuestion question, CancellationToken ct = default)
    {
        if (!Enabled) return ModelAnswer.Not(ModelOutcome.NotConfigured);
        if (await RefusalAsync(ct).ConfigureAwait(false) is { } refused) return Done(question, ModelAnswer.Not(refused));

        var kernel = question.Kernel ?? Kernel;
        // A history the call fills in: with tool calls, the model's intermediate messages are added, each with its usage.
        var history = new ChatHistory();
        var (outcome, reply, error) = await Gate.RunAsync(async token =>
        {
            var system = await question.Prompt.Template.RenderAsync(kernel, question.Arguments, token).ConfigureAwait(false);
            history.AddSystemMessage(system);
            history.AddUserMessage(question.UserMessage);
            var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(question.Prompt.Config.DefaultExecutionSettings);
            if (question.UseTools) settings.FunctionChoiceBehavior = FunctionChoiceBehavior.Auto();
            return await kernel.GetRequiredService<IChatCompletionService>()
                .GetChatMessageContentAsync(history, settings, kernel, token).ConfigureAwait(false);
        }, question.Timeout ?? Options.Timeout, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();

        var usage = history.Skip(2).Where(m => !ReferenceEquals(m, reply)).Append(reply).OfType<ChatMessageContent>()
            .Aggregate(ModelUsage.None, (sum, m) => sum + UsageOf(m));
        if (error is not null) LogFailed(_logger, question.Purpose, outcome.ToString(), error.Message);
        if (usage.Total > 0) await Usage.RecordAsync(question.Purpose, question.ConversationId, Options.Model, usage, ct).ConfigureAwait(false);
        var text = string.IsNullOrWhiteSpace(reply?.Content) ? null : reply.Content.Trim();
        return Done(question, new ModelAnswer(outcome, outcome == ModelOutcome.Answered ? text : null, usage));
    }

    /// <summary>
    /// The breaker's probe once its break is over: the smallest chat request (no tools, no shopper's words), sent in the
    /// background while shoppers are answered offline; its answer closes the breaker, its failure opens it again.
    /// </summary>
    private async Task ProbeAsync()
    {
        var history = new ChatHistory();
        history.AddSystemMessage("Reply with the single word OK.");
        history.AddUserMessage("ping");
        var (outcome, reply, error) = await Gate.ExecuteAsync(async token => await Kernel.GetRequiredService<IChatCompletionService>()
            .GetChatMessageContentAsync(history, new OpenAIPromptExecutionSettings(), Kernel, token).ConfigureAwait(false),
            Options.Timeout, CancellationToken.None).ConfigureAwait(false);
        var usage = reply is null ? ModelUsage.None : UsageOf(reply);
        try
        {
            if (usage.Total > 0) await Usage.RecordAsync(ModelPurposes.Probe, null, Options.Model, usage, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) { LogFailed(_logger, ModelPurposes.Probe, "usage not recorded", e.Message); } // nobody awaits a probe
        if (error is not null) LogFailed(_logger, ModelPurposes.Probe, outcome.ToString(), error.Message);
        Telemetry.Call(ModelPurposes.Probe, outcome, usage);
    }

    private ModelAnswer Done(ModelQuestion question, ModelAnswer answer)
    {
        Telemetry.Call(question.Purpose, answer.Outcome, answer.Usage);
        return answer;
    }

    /// <summary>The OpenAI connector puts the response's usage in the message metadata under "Usage".</summary>
    internal static ModelUsage UsageOf(ChatMessageContent message) =>
        message.Metadata?.TryGetValue("Usage", out var value) == true && value is OpenAI.Chat.ChatTokenUsage usage
            ? new ModelUsage(usage.InputTokenCount, usage.OutputTokenCount)
            : ModelUsage.None;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call for {Purpose} failed ({Error}: {Message}); the caller's fallback is used.")]
    private static partial void LogFailed(ILogger logger, string purpose, string error, string message);
}
