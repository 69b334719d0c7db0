using ShopAssistant.Domain;
using ShopAssistant.Understanding.Intents;
using ShopAssistant.Understanding.Language;

namespace ShopAssistant.Understanding.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("在吗", ShopLanguage.Zh)]
    [InlineData("亲，我的快递到哪了？", ShopLanguage.Zh)]
    [InlineData("where is my order?", ShopLanguage.En)]
    [InlineData("Hi, I'd like to return a mug", ShopLanguage.En)]
    [InlineData("这个candle holder多大", ShopLanguage.Zh)]
    [InlineData("order 536365 到哪了", ShopLanguage.Zh)]
    [InlineData("thanks 亲", ShopLanguage.Zh)]
    [InlineData("ｈｅｌｌｏ", ShopLanguage.En)]
    public void Detects_the_script_and_mixed_messages_are_chinese(string text, ShopLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, ShopLanguage.Zh));

    [Theory]
    [InlineData("👍👍")]
    [InlineData("???")]
    [InlineData("536365")]
    [InlineData("")]
    [InlineData("   ")]
    public void Messages_without_words_keep_the_conversation_language(string text)
    {
        Assert.Equal(ShopLanguage.En, LanguageDetector.Detect(text, ShopLanguage.En));
        Assert.Equal(ShopLanguage.Zh, LanguageDetector.Detect(text, ShopLanguage.Zh));
    }

    [Fact]
    public void Agrees_with_the_language_column_of_the_held_out_set()
    {
        var heldOut = UtteranceSet.Load(Path.Combine(UnderstandingFixture.DataDirectory, "intents.test.tsv")).Utterances;
        var agree = heldOut.Count(u => LanguageDetector.Detect(u.Text, u.Language == ShopLanguage.Zh ? ShopLanguage.En : ShopLanguage.Zh) == u.Language);
        // A few Chinese shoppers type only "886" or "3q": those are the conversation's language, not the message's.
        Assert.True(agree >= 0.98 * heldOut.Count, $"{agree}/{heldOut.Count}");
    }
}
