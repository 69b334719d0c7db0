using System.Globalization;
using System.Text.Json;

namespace ShopAssistant.Understanding.Intents;

/// <summary>Prints intent scores as a table for people and as one JSON line for tools.</summary>
internal static class IntentReport
{
    public static void Write(TextWriter output, IReadOnlyList<IntentScores> slices)
    {
        output.WriteLine();
        output.WriteLine("slice      n  accuracy  macroF1");
        foreach (var s in slices) output.WriteLine($"{s.Slice,-5} {s.Count,5}  {s.Accuracy,8:F3}  {s.MacroF1,7:F3}");
        output.WriteLine();
        output.WriteLine($"{"label",-18} " + string.Join("   ", slices.Select(s => $"{s.Slice + " P / R / F1",-20}")));
        var labels = slices[0].PerLabel.Select(l => l.Label);
        foreach (var label in labels)
        {
            output.WriteLine($"{label,-18} " + string.Join("   ", slices.Select(s =>
            {
                var l = s.PerLabel.First(x => x.Label == label);
                return $"{l.Precision:F2} / {l.Recall:F2} / {l.F1:F2}  ";
            })));
        }
        output.WriteLine();
        foreach (var s in slices)
        {
            output.WriteLine($"top confusions ({s.Slice}, expected → predicted): " +
                (s.TopConfusions.Count == 0 ? "none" : string.Join(", ", s.TopConfusions.Take(8).Select(c => $"{c.Expected}→{c.Predicted} ×{c.Count}"))));
        }
    }

    /// <summary>
    /// How far the confidence can be trusted: at each threshold, the share of messages at or above it and their
    /// accuracy (the orchestrator's "no confident answer" rule, H3.3, picks its threshold from this).
    /// </summary>
    public static void WriteConfidence(TextWriter output, IReadOnlyList<Utterance> heldOut, IReadOnlyList<MessageUnderstanding> understood)
    {
        var parts = new List<string>();
        foreach (var threshold in new[] { 0.3, 0.5, 0.7, 0.9 })
        {
            var kept = Enumerable.Range(0, heldOut.Count).Where(i => understood[i].Confidence >= threshold).ToList();
            var accuracy = kept.Count == 0 ? 0 : (double)kept.Count(i => understood[i].Intent == heldOut[i].Intent) / kept.Count;
            parts.Add($"≥{threshold:F1}: {100.0 * kept.Count / heldOut.Count:F0}% of messages, accuracy {accuracy:F3}");
        }
        output.WriteLine("confidence (all): " + string.Join("; ", parts));
    }

    public static string Json(IReadOnlyList<IntentScores> slices, (double P50, double P99) latency)
    {
        var root = new Dictionary<string, object>();
        foreach (var s in slices)
        {
            root[s.Slice] = new Dictionary<string, object>
            {
                ["accuracy"] = Round(s.Accuracy),
                ["macroF1"] = Round(s.MacroF1),
                ["perLabel"] = s.PerLabel.ToDictionary(l => l.Label, l => Round(l.F1)),
            };
        }
        root["latencyMs"] = new Dictionary<string, double> { ["p50"] = Round(latency.P50), ["p99"] = Round(latency.P99) };
        return JsonSerializer.Serialize(root);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
