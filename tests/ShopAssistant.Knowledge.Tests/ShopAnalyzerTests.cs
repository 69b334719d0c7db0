using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Analysis;

namespace ShopAssistant.Knowledge.Tests;

public sealed class ShopAnalyzerTests
{
    private static readonly ShopAnalyzer Analyzer = new(ShippedKnowledgeBase.Load().ShopWords);

    [Theory]
    [InlineData("亲，满99包邮吗", "包邮")]
    [InlineData("有运费险吗", "运费险")]
    [InlineData("支持七天无理由吗", "七天无理由")]
    [InlineData("物流停滞了怎么办", "物流停滞")]
    [InlineData("我要转人工", "转人工")]
    public void Jieba_keeps_the_shops_own_words_whole(string question, string word)
    {
        Assert.Contains(word, Analyzer.Terms(question, withBigrams: false));
    }

    [Fact]
    public void Chinese_gets_character_bigrams_so_a_differently_cut_typo_still_shares_terms()
    {
        var terms = Analyzer.Terms("包油吗");

        Assert.Contains(ShopAnalyzer.BigramPrefix + "包油", terms);
        Assert.DoesNotContain("吗", terms);
    }

    [Theory]
    [InlineData("shipping", "ship")]
    [InlineData("shipped", "ship")]
    [InlineData("Ships", "ship")]
    [InlineData("returns", "return")]
    [InlineData("refunded", "refund")]
    [InlineData("deliveries", "delivery")]
    [InlineData("boxes", "box")]
    [InlineData("arriving", "arriv")]
    [InlineData("arrive", "arriv")]
    public void English_is_lower_cased_and_stemmed(string word, string stem)
    {
        Assert.Equal([stem], Analyzer.Terms(word));
    }

    [Fact]
    public void English_stop_words_are_dropped()
    {
        Assert.Equal(["refund"], Analyzer.Terms("When will I get my refund?"));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_folded()
    {
        Assert.Contains("99", Analyzer.Terms("满９９包邮"));
        Assert.Contains("refund", Analyzer.Terms("ＲＥＦＵＮＤ"));
    }

    [Theory]
    [InlineData("包邮吗", ShopLanguage.Zh)]
    [InlineData("do you ship to HK", ShopLanguage.En)]
    [InlineData("七天无理由 return 运费险 who pays", ShopLanguage.Zh)]
    [InlineData("refund 多久", ShopLanguage.Zh)]
    [InlineData("how long does the refund take, 退款", ShopLanguage.En)]
    [InlineData("", ShopLanguage.En)]
    public void The_reply_language_follows_what_the_question_is_mostly_written_in(string text, ShopLanguage expected)
    {
        Assert.Equal(expected, ShopAnalyzer.DetectLanguage(text));
    }

    [Fact]
    public void Synonym_groups_reach_the_other_language()
    {
        var synonyms = new SynonymTable(["包邮 | free shipping | 免运费", "how long | 多久到"], Analyzer);

        var fromEnglish = synonyms.Expand(ShopAnalyzer.Normalize("Free Shipping?"), ShopAnalyzer.EnglishWords("Free Shipping?")).ToList();
        var fromStopWords = synonyms.Expand("how long", ShopAnalyzer.EnglishWords("how long")).ToList();

        Assert.Contains("包邮", fromEnglish);
        Assert.Contains("运费", fromEnglish);
        // "how long" is all stop words, yet as a phrase it still matches and brings in the Chinese wording.
        Assert.All(Analyzer.Terms("多久到", withBigrams: false), term => Assert.Contains(term, fromStopWords));
        Assert.Empty(synonyms.Expand("包", ShopAnalyzer.EnglishWords("包")));
        Assert.Empty(synonyms.Expand("shipping", ShopAnalyzer.EnglishWords("shipping")));
    }
}
