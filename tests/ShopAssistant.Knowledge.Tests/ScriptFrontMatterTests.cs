using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Tests;

public sealed class ScriptFrontMatterTests
{
    [Fact]
    public void Every_intent_is_in_the_closed_label_set()
    {
        var scripts = ShippedKnowledgeBase.Load().Scripts;

        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.True(Intents.IsKnown(s.Intent), $"{s.SourcePath}: {s.Intent}"));
    }

    [Fact]
    public void Every_topic_has_exactly_one_zh_and_one_en_script_that_agree()
    {
        var topics = ShippedKnowledgeBase.Load().Scripts.GroupBy(s => s.Id).ToList();

        Assert.All(topics, topic =>
        {
            var languages = topic.Select(s => s.Language).Order().ToList();
            Assert.Equal([ShopLanguage.Zh, ShopLanguage.En], languages);
            Assert.Single(topic.Select(s => s.Intent).Distinct());
            Assert.Single(topic.Select(s => string.Join(",", s.FactIds.Order())).Distinct());
            Assert.Single(topic.Select(s => s.ForStaff).Distinct());
        });
    }

    [Fact]
    public void A_script_file_lives_in_its_language_folder_and_is_named_after_its_id()
    {
        Assert.All(ShippedKnowledgeBase.Load().Scripts, s =>
            Assert.Equal(Path.Combine(s.Language.Code(), s.Id + ".md"), s.SourcePath));
    }

    [Fact]
    public void Chinese_answers_are_written_in_Chinese_and_English_ones_in_English()
    {
        Assert.All(ShippedKnowledgeBase.Load().Scripts, s =>
        {
            var han = s.Answer.Count(c => c is >= '\u4E00' and <= '\u9FFF');
            if (s.Language == ShopLanguage.Zh)
                Assert.True(han > s.Answer.Length / 4, s.Key);
            else
                Assert.True(han < 20, s.Key);
        });
    }

    [Fact]
    public void Shopper_answers_are_short_enough_to_send_in_one_chat_message()
    {
        Assert.All(ShippedKnowledgeBase.Load().Scripts.Where(s => !s.ForStaff), s =>
            Assert.True(s.Answer.Length <= (s.Language == ShopLanguage.Zh ? 160 : 350), $"{s.Key}: {s.Answer.Length} characters"));
    }

    [Fact]
    public void Parser_reads_front_matter_and_turns_markdown_into_plain_text()
    {
        var script = ScriptParser.Parse("""
            ---
            id: demo
            intent: invoice
            language: en
            title: "Demo"
            tags: [a, b]
            facts: [I1]
            ---

            We issue **electronic** invoices.
            """, "en/demo.md");

        Assert.Equal("demo", script.Id);
        Assert.Equal(ShopLanguage.En, script.Language);
        Assert.Equal(["I1"], script.FactIds);
        Assert.Equal("We issue electronic invoices.", script.Answer);
        Assert.False(script.ForStaff);
    }

    [Theory]
    [InlineData("---\nid: x\nintent: shipping\nlanguage: en\ntitle: t\nfacts: [S1]\n---\nbody", "closed label set")]
    [InlineData("---\nid: x\nintent: invoice\nlanguage: fr\ntitle: t\nfacts: [I1]\n---\nbody", "neither zh nor en")]
    [InlineData("---\nid: x\nintent: invoice\nlanguage: en\ntitle: t\n---\nbody", "handbook facts")]
    [InlineData("---\nintent: invoice\nlanguage: en\ntitle: t\nfacts: [I1]\n---\nbody", "'id'")]
    [InlineData("no front matter", "front matter")]
    [InlineData("---\nid: x\nintent: invoice\nlanguage: en\ntitle: t\nfacts: [I1]\n---\n", "empty")]
    [InlineData("---\nid: [unclosed\n---\nbody", "invalid front matter")]
    public void Parser_rejects_a_broken_script_with_a_clear_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ScriptParser.Parse(text, "en/x.md"));

        Assert.Contains(reason, error.Message);
        Assert.Contains("en/x.md", error.Message);
    }

    [Fact]
    public void A_topic_defined_twice_in_one_language_is_refused()
    {
        using var temp = new TempFolder();
        var root = ShippedKnowledgeBase.CopyTo(temp.Sub("kb"));
        File.Copy(Path.Combine(root, "en", "shipping-fee.md"), Path.Combine(root, "en", "shipping-fee-copy.md"));

        var error = Assert.Throws<FormatException>(() => ScriptLibrary.Load(root));

        Assert.Contains("en/shipping-fee", error.Message);
    }
}
