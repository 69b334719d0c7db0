using System.Text.Json;
using System.Text.RegularExpressions;

namespace ShopAssistant.Quality;

/// <summary>What the model's answer became: a scorecard (null when the answer is unusable), why not, and the flags dropped.</summary>
internal sealed record FlowVerdictReading(ScoreCard? Card, string? Problem, IReadOnlyList<string> Dropped);

/// <summary>
/// Checks the model judge's answer before anything of it is shown. The answer is untrusted text: the shape must be
/// exactly the rubric's (five steps once each, whole points 0–20, a reason each), a flag must name a known rule and
/// quote words the shop really said in this transcript, and the total is recomputed here. A bad step makes the whole
/// answer unusable (the rules score instead); a bad flag is only dropped, so that one invented quote does not cost a
/// conversation its otherwise sound verdict.
/// </summary>
internal static partial class FlowVerdictReader
{
    private const int MaxReason = 400;
    private const int MaxEvidence = 200;
    private const int MinEvidence = 2;

    public static FlowVerdictReading Read(string? content, IReadOnlyList<TranscriptLine> transcript)
    {
        if (string.IsNullOrWhiteSpace(content)) return Fail("empty answer");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(Unfenced(content));
        }
        catch (JsonException e)
        {
            return Fail($"not JSON ({e.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail("not a JSON object");
            if (!root.TryGetProperty("steps", out var stepsJson) || stepsJson.ValueKind != JsonValueKind.Array) return Fail("no steps array");
            if (!root.TryGetProperty("flags", out var flagsJson) || flagsJson.ValueKind != JsonValueKind.Array) return Fail("no flags array");

            var steps = new Dictionary<string, StepScore>(StringComparer.Ordinal);
            foreach (var item in stepsJson.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) return Fail("a step is not an object");
                var name = Text(item, "step");
                if (name is null || !QualityScorecard.StepNames.Contains(name)) return Fail($"unknown step '{name}'");
                if (steps.ContainsKey(name)) return Fail($"step '{name}' twice");
                if (!item.TryGetProperty("points", out var p) || p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var points))
                    return Fail($"step '{name}' has no whole number of points");
                if (points is < 0 or > QualityScorecard.StepMax) return Fail($"step '{name}' has {points} points");
                var reason = Text(item, "reason")?.Trim();
                if (string.IsNullOrEmpty(reason)) return Fail($"step '{name}' has no reason");
                steps[name] = new StepScore(name, points, QualityScorecard.StepMax, Clip(reason, MaxReason));
            }
            if (steps.Count != QualityScorecard.StepNames.Count)
                return Fail($"missing step(s) {string.Join(", ", QualityScorecard.StepNames.Where(n => !steps.ContainsKey(n)))}");

            var said = transcript.Where(l => l.IsMessage && l.FromShop && !string.IsNullOrEmpty(l.Text)).Select(l => Spaced(l.Text!)).ToList();
            var flags = new List<FlowFlag>();
            var dropped = new List<string>();
            foreach (var item in flagsJson.EnumerateArray())
            {
                var rule = item.ValueKind == JsonValueKind.Object ? Text(item, "rule") : null;
                var evidence = item.ValueKind == JsonValueKind.Object ? Quote(Text(item, "evidence")) : "";
                if (rule is null || !QualityScorecard.ForbiddenRules.Contains(rule)) dropped.Add($"unknown rule '{rule}'");
                else if (evidence.Length < MinEvidence) dropped.Add($"{rule} without evidence");
                else if (!said.Any(s => s.Contains(evidence, StringComparison.Ordinal))) dropped.Add($"{rule}: its quote is not in what the shop said");
                else if (!flags.Any(f => f.Rule == rule && f.Evidence == evidence)) flags.Add(new FlowFlag(rule, Clip(evidence, MaxEvidence)));
            }

            var ordered = QualityScorecard.StepNames.Select(n => steps[n]).ToList();
            return new FlowVerdictReading(new ScoreCard(QualityScorecard.Total(ordered, flags), ordered, flags, ScoreCard.Model), null, dropped);
        }
    }

    private static FlowVerdictReading Fail(string problem) => new(null, problem, []);

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>
    /// Some models wrap JSON in a Markdown fence even when told not to; the fence is packaging, not content.
    /// Nothing else is forgiven.
    /// </summary>
    private static string Unfenced(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6) return text;
        var body = text[3..^3];
        var newline = body.IndexOf('\n');
        // The opening fence may carry a language tag (```json).
        return newline >= 0 && body[..newline].Trim().All(char.IsLetter) ? body[(newline + 1)..] : body;
    }

    /// <summary>Surrounding quote marks and runs of white space are how a quote is written down, not what was said.</summary>
    private static string Quote(string? evidence) =>
        evidence is null ? "" : Spaced(evidence).Trim().Trim('"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』').Trim();

    private static string Spaced(string text) => Whitespace().Replace(text, " ");

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
