using System.Text.RegularExpressions;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Domain.Tests;

/// <summary>The shop's one text catalogue: complete in both languages, and every text the code asks for is in it.</summary>
public sealed partial class ShopTextsTests
{
    private static readonly ShopTexts Texts = ShopTexts.Load(DemoShopData.DefaultDirectory);

    [Fact]
    public void Fills_named_placeholders_in_the_shoppers_language()
    {
        Assert.Equal("To protect your privacy, please send the last 4 digits of the phone number on order 536367.",
            Texts.Say("order.askPhoneLast4", ShopLanguage.En, ("orderNo", 536367)));
        Assert.Contains("536367", Texts.Say("order.askPhoneLast4", ShopLanguage.Zh, ("orderNo", 536367)));
        Assert.Equal(["5星", "4星", "3星", "2星", "1星"], Texts.List("desk.ratingButtons", ShopLanguage.Zh));
    }

    [Fact]
    public void A_missing_value_or_text_is_an_error_not_a_blank()
    {
        Assert.Throws<InvalidOperationException>(() => Texts.Say("order.askPhoneLast4", ShopLanguage.En));
        Assert.Throws<KeyNotFoundException>(() => Texts.Say("no.such.text", ShopLanguage.En));
    }

    [Fact]
    public void A_catalogue_missing_a_language_or_disagreeing_on_placeholders_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => ShopTexts.Parse("""{ "a": { "zh": "你好" } }"""));
        Assert.Throws<InvalidDataException>(() => ShopTexts.Parse("""{ "a": { "zh": "订单 {orderNo}", "en": "Order {order}" } }"""));
        Assert.Throws<InvalidDataException>(() => ShopTexts.Parse("""{ "a": { "zh": ["一"], "en": "one" } }"""));
        Assert.Throws<InvalidDataException>(() => ShopTexts.Parse("""{ "a": { "zh": "一", "b": { "zh": "二", "en": "two" }, "en": "one" } }"""));
        // A placeholder named for one language belongs to it alone.
        Assert.Equal("9折", ShopTexts.Parse("""{ "a": { "zh": "{discountZh}折", "en": "10% off" } }""").Say("a", ShopLanguage.Zh, ("discountZh", 9)));
    }

    [Fact]
    public void Every_text_the_code_names_exists_and_every_text_is_used()
    {
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src"));
        var code = string.Join("\n", Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).Select(File.ReadAllText));
        var literals = Literal().Matches(code).Select(m => m.Groups[1].Value).ToHashSet();
        // Texts looked up by a prefix and an intent, reason or kind ("button." + intent) are used through their prefix.
        var prefixes = literals.Where(l => l.EndsWith('.')).ToList();
        foreach (var key in Texts.Keys)
            Assert.True(literals.Contains(key) || prefixes.Any(key.StartsWith), $"shop-texts.json has '{key}', which no code uses");
        // Every dotted name in a catalogue family ("computed.…", "order.…") that the code spells out is in the catalogue.
        var families = Texts.Keys.Where(k => k.Contains('.')).Select(k => k[..(k.IndexOf('.') + 1)]).ToHashSet();
        var named = literals.Where(l => !l.EndsWith('.') && families.Any(l.StartsWith)).ToList();
        Assert.True(named.Count > 60, $"only {named.Count} texts named in code");
        foreach (var key in named)
            Assert.True(Texts.Keys.Contains(key), $"code names '{key}', which shop-texts.json lacks");
    }

    [GeneratedRegex(@"""([a-zA-Z][a-zA-Z0-9_.]*)""")]
    private static partial Regex Literal();
}
