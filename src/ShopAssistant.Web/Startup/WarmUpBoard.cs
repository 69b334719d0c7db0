using System.Collections.Concurrent;
using System.Diagnostics;

namespace ShopAssistant.Web.Startup;

/// <summary>Where each warm-up step stands. The assistant's step gates readiness; the others are reported only.</summary>
public sealed class WarmUpBoard
{
    public const string Assistant = "assistant";
    public const string Recommender = "recommender";
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
}
