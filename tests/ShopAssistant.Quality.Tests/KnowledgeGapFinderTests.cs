using static ShopAssistant.Quality.Tests.EventLogBuilder;

namespace ShopAssistant.Quality.Tests;

public sealed class KnowledgeGapFinderTests
{
    private static readonly DateRange Week = new(Beijing(11, 20, 0), Beijing(11, 27, 0));

    private static TranscriptLine Shopper(string text, int minute) => new(Beijing(11, 21, 10, minute), "shopper", "message", text, null, null, null, 0, 0, false, null, null);

    private static TranscriptLine Bot(string intent, double confidence, int minute, string? reason = null) =>
        new(Beijing(11, 21, 10, minute), "bot", "message", "…", null, intent, confidence, 0, 0, reason is not null, reason, null);

    [Fact]
    public void Only_questions_the_bot_failed_on_are_gaps()
    {
        var lines = new[]
        {
            Shopper("where is order 536365", 0), Bot("order_status", 0.95, 0),
            Shopper("do you sell gift wrapping for christmas", 1), Bot("other", 0.3, 1),
            Shopper("礼品包装要加钱吗", 2), Bot("shipping_policy", 0.31, 2),
            Shopper("still no answer about wrapping", 3), Bot("other", 0.2, 3, "bot_failed_twice"),
        };
        var questions = KnowledgeGapFinder.Questions("c", lines, Week);
        Assert.Equal(["intent_other", "low_confidence", "bot_failed_twice"], questions.Select(q => q.Why));
        Assert.DoesNotContain(questions, q => q.Text.Contains("536365"));
    }

    [Fact]
    public void Similar_questions_fall_into_the_same_group_with_counts_and_examples()
    {
        var texts = new[]
        {
            "do you offer gift wrapping", "can you gift wrap my order", "gift wrapping for a present please", "is gift wrapping free",
            "礼品包装怎么收费", "可以帮忙礼品包装吗", "礼品包装有没有", "需要礼品包装",
            "do you ship to australia", "international shipping to australia?", "can you deliver to australia",
        };
        var questions = texts.Select((t, i) => new GapQuestion("c" + i, Beijing(11, 21, 10), t, "other", 0.2, "intent_other")).ToList();
        var gaps = KnowledgeGapFinder.Cluster(questions);
        Assert.Equal(texts.Length, gaps.Sum(g => g.Count));
        Assert.All(gaps, g => Assert.InRange(g.Examples.Count, 1, 3));
        var chinese = gaps.Single(g => g.Examples.Any(e => e.Contains("礼品包装")));
        Assert.Contains("礼品", chinese.Topic);
        Assert.True(chinese.Languages.ContainsKey("zh"));
    }

    [Fact]
    public void No_failed_questions_means_no_gaps()
    {
        Assert.Empty(KnowledgeGapFinder.Cluster([]));
        var single = KnowledgeGapFinder.Cluster([new GapQuestion("c", Beijing(11, 21, 10), "gift card balance", "other", 0.1, "intent_other")]);
        Assert.Equal(1, Assert.Single(single).Count);
    }
}
