using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using ShopAssistant.AI;

namespace ShopAssistant.Quality;

/// <summary>Scores a transcript against the service flow by some judge other than the rules; null means "use the rules".</summary>
public interface IFlowJudge
{
    /// <summary>False when no judge is configured: callers then never ask, and no request leaves the process.</summary>
    bool Enabled { get; }

    /// <summary>A checked scorecard with Judge = "model", or null when the judge failed, timed out or answered badly.</summary>
    Task<ScoreCard?> JudgeAsync(IReadOnlyList<TranscriptLine> transcript, CancellationToken ct = default);
}

/// <summary>
/// The service-flow scorecard judged by the configured language model with the rubric of prompts/scorecard.yaml.
/// Everything the model says goes through <see cref="FlowVerdictReader"/>; without a model, on an HTTP error, past
/// ShopAssistant:Llm:JudgeTimeoutSeconds or on an unusable answer it returns null and the rule-based scorecard is used.
/// </summary>
public sealed partial class LlmFlowJudge : IFlowJudge
{
    /// <summary>Enough for any real service conversation; a longer one is judged on its first lines, where the flow starts.</summary>
    public const int MaxLines = 80;

    private const int MaxLineLength = 1_000;

    private readonly ShopModel _model;
    private readonly ILogger<LlmFlowJudge> _logger;

    public LlmFlowJudge(ShopModel model, ILogger<LlmFlowJudge> logger)
    {
        _model = model;
        _logger = logger;
    }

    public bool Enabled => _model.Enabled;

    public async Task<ScoreCard?> JudgeAsync(IReadOnlyList<TranscriptLine> transcript, CancellationToken ct = default)
    {
        // A conversation the shop never answered has nothing to judge; the rules say so without a model call.
        if (!Enabled || !transcript.Any(l => l.IsMessage && l.FromShop && !string.IsNullOrWhiteSpace(l.Text))) return null;
        // The judge writes more than a shopper's answer and a manager (not a shopper) waits: it has its own timeout.
        var answer = await _model.AskAsync(new ModelQuestion(ModelPurposes.Judge, _model.Prompt("scorecard.yaml"), Format(transcript))
        { Timeout = _model.Options.JudgeTimeout }, ct);
        if (answer.Outcome != ModelOutcome.Answered) return null;

        var reading = FlowVerdictReader.Read(answer.Text, transcript);
        foreach (var dropped in reading.Dropped) LogFlagDropped(_logger, dropped);
        if (reading.Card is null) LogUnusable(_logger, reading.Problem ?? "unknown");
        return reading.Card;
    }

    /// <summary>
    /// One line per message: seconds since the shopper's first message (the greet step is about 10 s), the speaker, and
    /// the reply metadata the rubric needs (policy cited, products shown). Line breaks inside a message are flattened
    /// so that a shopper cannot write lines that look like the shop's.
    /// </summary>
    internal static string Format(IReadOnlyList<TranscriptLine> transcript)
    {
        var messages = transcript.Where(l => l.IsMessage && !string.IsNullOrWhiteSpace(l.Text)).ToList();
        var start = (messages.FirstOrDefault(l => !l.FromShop) ?? messages[0]).At;
        var text = new StringBuilder();
        foreach (var line in messages.Take(MaxLines))
        {
            var seconds = Math.Max(0, (line.At - start).TotalSeconds);
            text.Append(CultureInfo.InvariantCulture, $"[+{seconds:0}s] {line.Speaker}");
            if (line.Sources > 0) text.Append(CultureInfo.InvariantCulture, $" [cited {line.Sources} service scripts]");
            if (line.Products > 0) text.Append(CultureInfo.InvariantCulture, $" [showed {line.Products} products]");
            var said = line.Text!.ReplaceLineEndings(" ⏎ ");
            text.Append(": ").AppendLine(said.Length <= MaxLineLength ? said : said[..MaxLineLength] + "…");
        }
        if (messages.Count > MaxLines) text.AppendLine(CultureInfo.InvariantCulture, $"(… {messages.Count - MaxLines} later messages not shown)");
        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's flow verdict was unusable ({Problem}); the rule-based scorecard is used.")]
    private static partial void LogUnusable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "A flag of the model's flow verdict was dropped: {Why}.")]
    private static partial void LogFlagDropped(ILogger logger, string why);
}
