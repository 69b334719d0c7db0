using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Knowledge;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>The shop's service scripts: the only place answers about policy may come from. Every hit is cited.</summary>
internal sealed class KnowledgePlugin(IKnowledgeIndex index)
{
    public const string Name = "Knowledge";

    [KernelFunction("search_scripts")]
    [Description("Searches the shop's service scripts (policies on shipping, returns, refunds, invoices, payment, coupons, membership). Returns answers with their script id to cite.")]
    public async Task<string> SearchAsync(Kernel kernel, [Description("The shopper's question, in their words")] string question, CancellationToken ct = default)
    {
        var turn = TurnKernel.TurnOf(kernel);
        var hits = await index.SearchAsync(new KnowledgeQuery(question ?? "", turn.Language, Top: 2), ct).ConfigureAwait(false);
        if (hits.Count == 0) return turn.Zh ? "没有找到相关话术。" : "No script found.";
        foreach (var hit in hits) turn.Cite(hit);
        return string.Join("\n", hits.Select(h => $"[{h.ScriptId}] {h.Title}: {h.Answer}"));
    }

    /// <summary>The best script for this turn, with or without the intent as a filter; cited when found.</summary>
    /// <param name="accept">Without an intent, which scripts may answer (small talk and hand-over scripts are no answer to a stray word).</param>
    public async Task<KnowledgeHit?> BestAsync(ServiceTurn turn, string? intent, CancellationToken ct, Func<KnowledgeHit, bool>? accept = null)
    {
        var preferred = turn.Reading?.PreferredScript;
        // A follow-up prefers the script just quoted, which a few added words may push down the list: look further for it.
        var hits = await index.SearchAsync(new KnowledgeQuery(turn.SearchText, turn.Language, intent, Top: preferred is null ? 3 : 10), ct).ConfigureAwait(false);
        // "box was crushed and 2 glasses are smashed" shares no word with the quality script: with the intent surely known,
        // the intent's own name finds its script rather than a stray word ("box") finding another.
        if (hits.Count == 0 && intent is not null && turn.Understanding.Confidence >= Dialogue.DialogueState.UnsureBelow)
            hits = await index.SearchAsync(new KnowledgeQuery(ReplyTexts.IntentButton(turn.Language, intent), turn.Language, intent, Top: 1), ct).ConfigureAwait(false);
        var best = (preferred is not null ? hits.FirstOrDefault(h => h.ScriptId == preferred) : null)
            ?? hits.FirstOrDefault(h => intent is not null || accept is null || accept(h));
        if (best is null) return null;
        turn.Cite(best);
        return best;
    }

    /// <summary>A named script (e.g. "order-privacy"), found through its intent; null if the knowledge base lacks it.</summary>
    public async Task<KnowledgeHit?> ScriptAsync(ServiceTurn turn, string scriptId, string intent, string query, CancellationToken ct)
    {
        var hits = await index.SearchAsync(new KnowledgeQuery(query, turn.Language, intent, Top: 5), ct).ConfigureAwait(false);
        var hit = hits.FirstOrDefault(h => h.ScriptId == scriptId);
        if (hit is not null) turn.Cite(hit);
        return hit;
    }
}
