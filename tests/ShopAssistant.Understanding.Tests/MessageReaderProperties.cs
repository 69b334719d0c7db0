using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using ShopAssistant.Domain;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Tests;

/// <summary>
/// Issue 11: the message reader (language, intent, entities, mood) is the first code that touches a stranger's text.
/// Whatever the text, it answers with a valid result, without an exception and without hanging (a pathological
/// regular expression would show up here as a slow case).
/// </summary>
[Collection(UnderstandingCollection.Name)]
public sealed class MessageReaderProperties(UnderstandingFixture fixture)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>Pieces shoppers and attackers actually send, so that generated text hits the entity readers' paths.</summary>
    private static readonly string[] Fragments =
    [
        "订单", "536367", "后四位", "1234", "last 4 digits", "order", "#", "手机", "138-0013-8000", "+86 139 1234 5678", "¥", "100元",
        "以内", "under £20", "12月3日", "2024-12-20", "昨天", "next Monday", "85123A", "蜡烛", "candle", "转人工", "退货", "不满意",
        "😀", "\u200f", "\u202e", "\u0000", "\t", "\r\n", "\ud800", "\udc00", "一二三四五六七八九十百千万", "０１２３４５６７８９",
        "..........", "((((((((", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "1111111111111111111111111111", "订单订单订单订单", "<script>", "' OR 1=1 --",
    ];

    private static Gen<string> ShopperLikeText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            Gen.ListOf(Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
                .Select(parts => string.Join(" ", parts)),
            // Long repetitions: the inputs that make backtracking patterns slow.
            Gen.Elements(Fragments).SelectMany(f => Gen.Choose(50, 400).Select(n => string.Concat(Enumerable.Repeat(f, n)))));

    [Fact]
    public void Any_text_gets_a_valid_reading_quickly_and_never_an_exception()
    {
        fixture.Understanding.Understand("warm up: the first call loads the intent model", ShopLanguage.Zh);
        var property = Prop.ForAll(Arb.From(ShopperLikeText()), text =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = fixture.Understanding.Understand(text, ShopLanguage.Zh);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Assert.Contains(result.Intent, IntentLabels.All);
            Assert.InRange(result.Confidence, 0.0, 1.0);
            Assert.NotNull(result.Entities);
            Assert.NotNull(result.Mood);
            Assert.True(elapsed < Budget, $"{elapsed.TotalMilliseconds:F0} ms for {text.Length} characters");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), property);
    }
}
