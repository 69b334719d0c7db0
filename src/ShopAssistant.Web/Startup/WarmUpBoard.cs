using System.Collections.Concurrent;
using System.Diagnostics;

namespace ShopAssistant.Web.Startup;

/// <summary>Where each warm-up step stands. The assistant's step gates readiness; the others are reported only.</summary>
public sealed class WarmUpBoard
{
    public const string Assistant = "assistant";
    /// <summary>Parts of the assistant's step, reported on their own (readiness checks "intent-model", "knowledge-index").</summary>
    public const string IntentModel = "intent-model";
    public const string KnowledgeIndex = "knowledge-index";
    public const string Recommender = "recommender";
    public const string OrderHistory = "order-history";
    public const string Dashboard = "dashboard";

    public sealed record Step(string State, double? Seconds = null, string? Error = null);

    private readonly ConcurrentDictionary<string, Step> _steps = new();
    private readonly ConcurrentDictionary<string, long> _started = new();

    public IReadOnlyDictionary<string, Step> Steps => _steps;

    /// <summary>Shoppers get answers without waiting for a model to load: the intent model and the index are ready.</summary>
    public bool Ready => _steps.TryGetValue(Assistant, out var s) && s.State == "ready";

    /// <summary>A step that starts once another is done (the recommender after the assistant).</summary>
    public void Waiting(string step) => _steps[step] = new Step("waiting");

    public void Started(string step)
    {
        _started[step] = Stopwatch.GetTimestamp();
        _steps[step] = new Step("starting");
    }

    public TimeSpan Done(string step)
    {
        var took = Stopwatch.GetElapsedTime(_started.GetValueOrDefault(step, Stopwatch.GetTimestamp()));
        _steps[step] = new Step("ready", Math.Round(took.TotalSeconds, 1));
        return took;
    }

    public void Failed(string step, string error) => _steps[step] = new Step("failed", Error: error);

    /// <summary>The state of a step, or null before it was started or put waiting.</summary>
    public Step? Of(string step) => _steps.TryGetValue(step, out var s) ? s : null;

    /// <summary>A part of a larger step: reported on its own, its failure still fails the larger step.</summary>
    public async Task TrackAsync(string step, Func<Task> work)
    {
        Started(step);
        try
        {
            await work().ConfigureAwait(false);
            Done(step);
        }
        catch (Exception e)
        {
            Failed(step, e.Message);
            throw;
        }
    }
}
