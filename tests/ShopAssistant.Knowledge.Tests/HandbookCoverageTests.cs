using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Tests;

public sealed class HandbookCoverageTests
{
    /// <summary>
    /// Every numbered fact of the shop handbook (a copy: tests never read the shared handbook). §8's service flow has no
    /// numbers there; here F1–F5 are its five steps and F6 its list of forbidden behaviour.
    /// </summary>
    private static readonly string[] HandbookFacts =
    [
        "P1", "P2", "P3",
        "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8",
        "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8",
        "O1", "O2", "O3",
        "I1", "I2",
        "C1", "C2", "C3", "C4",
        "H1", "H2", "H3", "H4",
        "F1", "F2", "F3", "F4", "F5", "F6",
        "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9",
        "E1", "E2", "E3",
    ];

    [Theory]
    [InlineData(ShopLanguage.Zh)]
    [InlineData(ShopLanguage.En)]
    public void Every_handbook_fact_is_stated_by_a_script_in_each_language(ShopLanguage language)
    {
        var covered = ShippedKnowledgeBase.Load().Scripts
            .Where(s => s.Language == language)
            .SelectMany(s => s.FactIds)
            .ToHashSet();

        var missing = HandbookFacts.Where(f => !covered.Contains(f)).ToList();

        Assert.True(missing.Count == 0, $"{language}: no script states {string.Join(", ", missing)}");
    }

    [Fact]
    public void Scripts_cite_only_facts_that_exist_in_the_handbook()
    {
        var unknown = ShippedKnowledgeBase.Load().Scripts
            .SelectMany(s => s.FactIds.Where(f => !HandbookFacts.Contains(f)).Select(f => $"{s.Key}: {f}"))
            .ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("shipping-fee", "99")]
    [InlineData("shipping-fee", "10")]
    [InlineData("remote-areas", "20")]
    [InlineData("dispatch-time", "16:00")]
    [InlineData("dispatch-time", "48")]
    [InlineData("price-protection", "15")]
    [InlineData("return-shipping-cost", "12")]
    [InlineData("compensation", "200")]
    [InlineData("e-invoice", "30")]
    [InlineData("new-customer-coupon", "150")]
    [InlineData("stalled-parcel", "3")]
    [InlineData("refund-before-dispatch", "1")]
    public void The_handbook_number_appears_in_both_languages_of_its_script(string topic, string number)
    {
        var scripts = ShippedKnowledgeBase.Load().Scripts.Where(s => s.Id == topic).ToList();

        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.Contains(number, s.Answer));
    }
}
