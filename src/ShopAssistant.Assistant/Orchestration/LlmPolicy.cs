using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Plugins;
using ShopAssistant.Knowledge;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// The model writes the answer: prompts/answer.yaml as the system prompt, grounded on the scripts retrieved for the
/// message, with automatic function calling over the shop's plugins. Its answer is sent only if AnswerGuardrails
/// accept it; errors, timeouts and rejected answers (logged by ShopModel or here) return null so that the offline policy answers instead.
/// </summary>
internal sealed partial class LlmPolicy(ShopModel model, Kernel kernel, IKnowledgeIndex index, OrderLookup orders, ILogger logger)
{
    private readonly ModelPrompt _prompt = model.Prompt("answer.yaml");

    /// <summary>
    /// The model's answer within <paramref name="timeLeft"/> (its share of the turn budget), with the route of the turn;
    /// null when the offline policy must answer, the route then saying why.
    /// </summary>
    public async Task<(PolicyAnswer? Answer, string Route)> TryAnswerAsync(ServiceTurn turn, TimeSpan timeLeft, CancellationToken ct)
    {
        // The breaker, a Retry-After or the day's token budget: the offline answer goes at once, nobody waits.
        if (await model.RefusalAsync(ct).ConfigureAwait(false) is { } refused) return (null, TurnRoutes.For(refused));
        var started = Stopwatch.GetTimestamp();
        var timeout = timeLeft < model.Options.Timeout ? timeLeft : model.Options.Timeout;
        if (timeout <= TimeSpan.Zero) return (null, TurnRoutes.OverBudget);
        if (turn.Turn.ModelWorking is { } working)
        {
            try { await working(ct).ConfigureAwait(false); }
            catch (Exception e) when (!ct.IsCancellationRequested) { LogTypingFailed(logger, e.GetType().Name); } // a lost typing indicator costs nothing
        }
        IReadOnlyList<KnowledgeHit> hits;
        using (var search = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            search.CancelAfter(timeout);
            try { hits = await index.SearchAsync(new KnowledgeQuery(turn.Text, turn.Language, Top: 3), search.Token).ConfigureAwait(false); }
            catch (Exception) when (!ct.IsCancellationRequested) { return (null, TurnRoutes.OverBudget); } // no scripts in time, no grounded answer
        }
        foreach (var hit in hits) turn.Cite(hit);

        var answer = await model.AskAsync(new ModelQuestion(ModelPurposes.Answer, _prompt, turn.Text)
        {
            Kernel = TurnKernel.For(kernel, turn),
            UseTools = true,
            Timeout = timeout - Stopwatch.GetElapsedTime(started),
            ConversationId = turn.Turn.ConversationId,
            Arguments = new KernelArguments
            {
                ["language"] = turn.Language == Domain.ShopLanguage.Zh ? "zh" : "en",
                ["shopper"] = orders.KnownShopper(turn.Turn.CustomerId) is null ? "a guest (not signed in)" : "a signed-in customer",
                ["context"] = Context(turn.Memory),
                ["scripts"] = hits.Count == 0 ? "(none found)" : string.Join("\n", hits.Select(h => $"[{h.ScriptId}] {h.Title}: {h.Answer}")),
            },
        }, ct).ConfigureAwait(false);
        if (!answer.Answered) return (null, answer.Outcome == ModelOutcome.Answered ? TurnRoutes.Offline : TurnRoutes.For(answer.Outcome));

        if (AnswerGuardrails.Violation(answer.Text, turn) is { } why)
        {
            LogRejected(logger, why);
            return (null, TurnRoutes.Offline);
        }
        // The model's tool calls (a stalled parcel, an explicit handoff) left their handoff reason on the turn.
        return (new PolicyAnswer(WithoutCitations(answer.Text!, turn), turn.Understanding.Intent, turn.Understanding.Confidence, [])
        { HandoffReason = turn.HandoffReason }, TurnRoutes.Llm);
    }

    /// <summary>
    /// The model sees one message at a time; what the conversation is waiting for (the phone digits of an order, an
    /// order number for a cancellation) travels in the system prompt instead of the whole transcript.
    /// </summary>
    internal static string Context(ConversationMemory memory)
    {
        var parts = new List<string>();
        if (memory.PendingOrderNo is { } pending) parts.Add($"the shopper was asked for the last 4 digits of the phone on order {pending}; a 4-digit reply is those digits");
        if (memory.PendingIntent is { } intent) parts.Add($"the shopper was asked for the order number for: {intent}");
        if (memory.LastOrderNo is { } last) parts.Add($"the last order discussed is {last}");
        return parts.Count == 0 ? "nothing yet" : string.Join("; ", parts) + ".";
    }

    /// <summary>The [script-id] markers become metadata sources; the shopper reads plain text.</summary>
    private static string WithoutCitations(string answer, ServiceTurn turn)
    {
        var cited = Citation().Matches(answer).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        if (cited.Count > 0) turn.Scripts.RemoveAll(s => !cited.Contains(s.ScriptId));
        return Citation().Replace(answer, "").Replace(" .", ".", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"\s?\[(?<id>[a-z][a-z0-9-]+)\]")]
    private static partial Regex Citation();

    [LoggerMessage(Level = LogLevel.Debug, Message = "The typing indicator could not be sent ({Error}).")]
    private static partial void LogTypingFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model answer rejected by the guardrails: {Why}; the offline answer is sent.")]
    private static partial void LogRejected(ILogger logger, string why);

}
