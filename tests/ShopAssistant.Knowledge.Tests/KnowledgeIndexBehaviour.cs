using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>A store under test, built once per test class.</summary>
public interface IKnowledgeStoreFixture
{
    IKnowledgeIndex Index { get; }
}

/// <summary>
/// The behaviour every store must have. Each store's test class calls these from its own [Fact]s (so that the Qdrant
/// ones can be skipped when no server is configured), which keeps a single definition of what "works" means.
/// </summary>
public abstract class KnowledgeIndexBehaviour(IKnowledgeStoreFixture store)
{
    private IKnowledgeIndex Index => store.Index;

    /// <summary>The quality bar of the suite: the right script among the first three (ranking figures belong to eval).</summary>
    private static KnowledgeHit InTopThree(IReadOnlyList<KnowledgeHit> hits, string topic) =>
        hits.Take(3).FirstOrDefault(h => h.ScriptId == topic)
        ?? throw new Xunit.Sdk.XunitException($"expected {topic} in the top 3, got {string.Join(", ", hits.Select(h => h.ScriptId))}");

    public static readonly TheoryData<string, ShopLanguage, string> Questions = new()
    {
        { "亲 包邮不", ShopLanguage.Zh, "shipping-fee" },
        { "几天能到", ShopLanguage.Zh, "delivery-time" },
        { "退钱什么时候到", ShopLanguage.Zh, "refund-timing" },
        { "能开发票吗", ShopLanguage.Zh, "e-invoice" },
        { "七天无理由 return 运费险 who pays", ShopLanguage.Zh, "return-shipping-cost" },
        { "ship to HK?", ShopLanguage.En, "no-overseas-shipping" },
        { "u ship to xinjiang?", ShopLanguage.En, "remote-areas" },
        { "money back how long", ShopLanguage.En, "refund-timing" },
        { "talk to a human", ShopLanguage.En, "human-agent" },
        { "the vase arrived broken", ShopLanguage.En, "quality-issue" },
    };

    protected async Task Finds_the_right_script_in_the_top_three()
    {
        foreach (var row in Questions)
        {
            var (question, language, topic) = ((string)row[0], (ShopLanguage)row[1], (string)row[2]);
            var hits = await Index.SearchAsync(new KnowledgeQuery(question, language));
            Assert.True(hits.Take(3).Any(h => h.ScriptId == topic),
                $"'{question}': expected {topic}, got {string.Join(", ", hits.Select(h => h.ScriptId))}");
            Assert.All(hits, h => Assert.Equal(language, h.Language));
        }
    }

    protected async Task Returns_the_requested_language_even_when_asked_in_the_other()
    {
        var english = await Index.SearchAsync(new KnowledgeQuery("包邮吗", ShopLanguage.En));
        var chinese = await Index.SearchAsync(new KnowledgeQuery("do you have free shipping", ShopLanguage.Zh));

        Assert.All(english, h => Assert.Equal(ShopLanguage.En, h.Language));
        Assert.Contains("¥99", InTopThree(english, "shipping-fee").Answer);
        Assert.DoesNotContain("包邮", InTopThree(english, "shipping-fee").Answer);
        Assert.All(chinese, h => Assert.Equal(ShopLanguage.Zh, h.Language));
        Assert.Contains("包邮", InTopThree(chinese, "shipping-fee").Answer);
    }

    protected async Task Without_a_language_answers_in_the_questions_language()
    {
        var chinese = await Index.SearchAsync(new KnowledgeQuery("退款多久到账"));
        var english = await Index.SearchAsync(new KnowledgeQuery("when will I get my refund"));

        Assert.All(chinese, h => Assert.Equal(ShopLanguage.Zh, h.Language));
        Assert.All(english, h => Assert.Equal(ShopLanguage.En, h.Language));
        InTopThree(chinese, "refund-timing");
        InTopThree(english, "refund-timing");
    }

    protected async Task Keeps_only_scripts_of_the_requested_intent()
    {
        var refunds = await Index.SearchAsync(new KnowledgeQuery("我要退货 退款", ShopLanguage.Zh, Intents.RefundStatus, Top: 10));
        var invoices = await Index.SearchAsync(new KnowledgeQuery("退款多久到账", ShopLanguage.Zh, Intents.Invoice, Top: 10));

        Assert.NotEmpty(refunds);
        Assert.All(refunds, h => Assert.Equal(Intents.RefundStatus, h.Intent));
        Assert.DoesNotContain(refunds, h => h.ScriptId == "return-steps");
        Assert.All(invoices, h => Assert.Equal(Intents.Invoice, h.Intent));
    }

    protected async Task Every_hit_carries_its_citation()
    {
        var hits = await Index.SearchAsync(new KnowledgeQuery("满多少包邮", ShopLanguage.Zh, Top: 5));

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.ScriptId));
            Assert.False(string.IsNullOrWhiteSpace(h.Title));
            Assert.False(string.IsNullOrWhiteSpace(h.Answer));
            Assert.NotEmpty(h.FactIds);
            Assert.True(h.Score > 0);
        });
        var shippingFee = InTopThree(hits, "shipping-fee");
        Assert.Contains("S3", shippingFee.FactIds);
        Assert.Contains("包邮", shippingFee.Title);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score), "hits are ranked best first");
    }

    protected async Task Staff_notes_are_never_shown_to_shoppers()
    {
        var shopper = await Index.SearchAsync(new KnowledgeQuery("CSAT target satisfaction score", ShopLanguage.En, Top: 10));
        var staff = await Index.SearchAsync(new KnowledgeQuery("CSAT target satisfaction score", ShopLanguage.En, Top: 10,
            Audience: KnowledgeAudience.Staff));

        Assert.DoesNotContain(shopper, h => h.ScriptId.StartsWith("staff-", StringComparison.Ordinal));
        InTopThree(staff, "staff-metrics-satisfaction");
    }

    protected async Task Returns_at_most_top_hits()
    {
        Assert.Single(await Index.SearchAsync(new KnowledgeQuery("退货 退款 运费 发票", ShopLanguage.Zh, Top: 1)));
        Assert.Equal(5, (await Index.SearchAsync(new KnowledgeQuery("退货 退款 运费 发票 包邮 几天到", ShopLanguage.Zh, Top: 5))).Count);
        Assert.Empty(await Index.SearchAsync(new KnowledgeQuery("退货", ShopLanguage.Zh, Top: 0)));
        Assert.Empty(await Index.SearchAsync(new KnowledgeQuery("退货", ShopLanguage.Zh, Top: -3)));
    }

    protected async Task Survives_bad_input()
    {
        string[] nothing = ["", "   ", "？？？！！！。。。", "😀😀👍🎁", "\u0000\u0007\u001b", "\ud800", "...---...", "qwzxv"];
        foreach (var text in nothing)
            Assert.Empty(await Index.SearchAsync(new KnowledgeQuery(text, ShopLanguage.Zh)));
        Assert.Empty(await Index.SearchAsync(new KnowledgeQuery(null!, ShopLanguage.En)));

        InTopThree(await Index.SearchAsync(new KnowledgeQuery("包\u0000邮\u0007吗\u001b包邮", ShopLanguage.Zh)), "shipping-fee");
        InTopThree(await Index.SearchAsync(new KnowledgeQuery("包邮 free shipping ✈ доставка 🚚 \ud83d", ShopLanguage.En)), "shipping-fee");

        var random = new Random(7);
        var noise = new string(Enumerable.Range(0, 10_000).Select(_ => (char)random.Next(0x20, 0xFFFF)).ToArray());
        var noisy = await Index.SearchAsync(new KnowledgeQuery(noise));
        Assert.True(noisy.Count <= 3);

        InTopThree(await Index.SearchAsync(new KnowledgeQuery(string.Concat(Enumerable.Repeat("包邮吗", 3_334)), ShopLanguage.Zh)), "shipping-fee");
    }
}
