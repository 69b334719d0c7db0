using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ShopAssistant.Quality;

/// <summary>A shopper question the bot could not answer, and why we think so.</summary>
public sealed record GapQuestion(string ConversationId, DateTimeOffset At, string Text, string? Intent, double? Confidence, string Why);

/// <summary>A group of similar unanswered questions (handbook Q7): a topic label, how many, and examples.</summary>
public sealed record KnowledgeGap(string Topic, int Count, IReadOnlyList<string> Examples, IReadOnlyDictionary<string, int> Languages);

/// <summary>
/// Finds the questions the bot failed on (intent "other", confidence below 0.45, or a bot_failed_twice handoff) in
/// transcripts, and groups them with KMeans over character 1–3-grams: word n-grams are useless on unsegmented Chinese,
/// character n-grams work for both languages.
/// </summary>
public static class KnowledgeGapFinder
{
    public const int MaxClusters = 8;

    public static IReadOnlyList<GapQuestion> Questions(string conversationId, IReadOnlyList<TranscriptLine> lines, DateRange range)
    {
        var found = new List<GapQuestion>();
        for (var i = 0; i < lines.Count; i++)
        {
            var asked = lines[i];
            if (asked.Speaker != TranscriptLine.Shopper || !asked.IsMessage || string.IsNullOrWhiteSpace(asked.Text) || !range.Contains(asked.At)) continue;
            var answer = lines.Skip(i + 1).TakeWhile(l => l.Speaker != TranscriptLine.Shopper).FirstOrDefault(l => l.Speaker == TranscriptLine.Bot && l.Intent is not null);
            if (answer is null) continue;
            var why = answer.HandoffReason == "bot_failed_twice" ? "bot_failed_twice"
                : answer.Intent == "other" ? "intent_other"
                : answer.Confidence < QualityScorecard.LowConfidence ? "low_confidence"
                : null;
            // Ratings ("5", "3星") and chit-chat are not knowledge questions even when the bot shrugs at them.
            if (why is not null && asked.Text.Trim().Length > 2)
                found.Add(new GapQuestion(conversationId, asked.At, asked.Text.Trim(), answer.Intent, answer.Confidence, why));
        }
        return found;
    }

    public static IReadOnlyList<KnowledgeGap> Cluster(IReadOnlyList<GapQuestion> questions, int maxClusters = MaxClusters)
    {
        if (questions.Count == 0) return [];
        var k = Math.Clamp((int)Math.Round(Math.Sqrt(questions.Count / 2.0)), 1, Math.Min(maxClusters, questions.Count));
        var ml = new MLContext(seed: 7);
        var data = ml.Data.LoadFromEnumerable(questions.Select(q => new Question { Text = q.Text.ToLowerInvariant() }));
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = null,
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                KeepPunctuations = false,
                KeepNumbers = false,
            }, nameof(Question.Text))
            .Append(ml.Clustering.Trainers.KMeans("Features", numberOfClusters: k));
        var assigned = ml.Data.CreateEnumerable<Assignment>(pipeline.Fit(data).Transform(data), reuseRowObject: false).ToList();

        return questions.Select((q, i) => (q, cluster: assigned[i].PredictedLabel, distance: assigned[i].Score[assigned[i].PredictedLabel - 1]))
            .GroupBy(x => x.cluster)
            .Select(g => new KnowledgeGap(
                TopicOf(g.Select(x => x.q.Text).ToList()),
                g.Count(),
                g.OrderBy(x => x.distance).Select(x => x.q.Text).Distinct().Take(3).ToList(),
                MetricsCalculator.CountBy(g, x => IsChinese(x.q.Text) ? "zh" : "en")))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Topic, StringComparer.Ordinal).ToList();
    }

    /// <summary>The terms most questions of the group share: English words, Chinese character pairs.</summary>
    internal static string TopicOf(IReadOnlyList<string> texts)
    {
        var top = texts.SelectMany(t => Terms(t).Distinct()).GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3).Select(g => g.Key).ToList();
        return top.Count == 0 ? texts[0] : string.Join(" · ", top);
    }

    private static readonly HashSet<string> EnglishStop =
        ["the", "and", "for", "you", "your", "can", "what", "how", "does", "with", "have", "this", "that", "are", "any", "there", "about", "from", "will", "would", "please", "want"];
    private static readonly HashSet<string> ChineseStop = ["请问", "我的", "你们", "可以", "什么", "怎么", "一下", "是不", "不是", "吗？", "有没", "没有"];

    private static IEnumerable<string> Terms(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var word in lower.Split(c => !char.IsAsciiLetter(c)))
            if (word.Length >= 3 && !EnglishStop.Contains(word)) yield return word;
        for (var i = 0; i + 1 < lower.Length; i++)
            if (IsHan(lower[i]) && IsHan(lower[i + 1]) && !ChineseStop.Contains(lower.Substring(i, 2))) yield return lower.Substring(i, 2);
    }

    private static IEnumerable<string> Split(this string text, Func<char, bool> separator)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
            if (i == text.Length || separator(text[i]))
            {
                if (i > start) yield return text[start..i];
                start = i + 1;
            }
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsChinese(string text) => text.Any(IsHan);

    private sealed class Question
    {
        public string Text { get; set; } = "";
    }

    private sealed class Assignment
    {
        public uint PredictedLabel { get; set; }
        public float[] Score { get; set; } = [];
    }
}
