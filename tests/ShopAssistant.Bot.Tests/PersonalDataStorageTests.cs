using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

/// <summary>Issue 11 item 6: full phone numbers, ID cards and addresses never reach storage or the agents unmasked.</summary>
public sealed class PersonalDataStorageTests
{
    private const string Phone = "13812345678";
    private const string IdCard = "11010519491231002X";
    private const string Street = "张杨路500号";

    [Fact]
    public async Task Transcript_text_and_stored_activity_json_are_masked_but_the_order_number_and_suffix_survive()
    {
        var harness = new BotHarness();
        await harness.Flow(harness.NewAdapter("conv-pii"))
            .Send($"订单536367 尾号6014，我手机{Phone}，身份证{IdCard}，寄到上海市浦东新区{Street}")
            .AssertReply(_ => { })
            .StartTestAsync();

        var inbound = Assert.Single(await harness.Transcripts.ReadAsync(BotHarness.Key("conv-pii")), t => t.Direction == TranscriptEntry.Inbound);
        foreach (var stored in new[] { inbound.Text!, inbound.ActivityJson })
        {
            Assert.DoesNotContain(Phone, stored);
            Assert.DoesNotContain(IdCard, stored);
            Assert.DoesNotContain(Street, stored);
            Assert.Contains("138****5678", stored);
            Assert.Contains("536367", stored);
            Assert.Contains("6014", stored);
        }
        Assert.Equal("conv-pii", (string?)Newtonsoft.Json.Linq.JObject.Parse(inbound.ActivityJson).SelectToken("conversation.id"));
    }

    [Fact]
    public async Task Handoff_summary_and_messages_forwarded_to_agents_are_masked()
    {
        var harness = new BotHarness();
        harness.Summaries.Written = $"Shopper gave phone {Phone}";
        var adapter = harness.NewAdapter("conv-pii-h", "guest-pii");
        await harness.Flow(adapter)
            .Send($"我要转人工，电话 {Phone}")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .Send($"地址是上海市浦东新区{Street}，身份证 {IdCard}")
            .AssertReply(_ => { })
            .StartTestAsync();

        var handoff = Assert.Single(await harness.Handoffs.ListAsync(HandoffStatus.Waiting));
        Assert.DoesNotContain(Phone, handoff.Summary);
        Assert.Contains("138****5678", handoff.Summary);
        var forwarded = Assert.Single(harness.Staff.ShopperMessages);
        Assert.DoesNotContain(Street, forwarded);
        Assert.DoesNotContain(IdCard, forwarded);
    }

    [Fact]
    public void No_product_name_in_the_catalogue_is_taken_for_personal_data()
    {
        // Product cards go into stored replies: a name read as an address would be hidden from the shopper's history.
        var masked = BotHarness.Shop.Catalogue.Products.Where(p => ShopAssistant.Understanding.Entities.PersonalData.Contains(p.Name))
            .Select(p => p.Name).ToList();
        Assert.True(masked.Count == 0, string.Join(" | ", masked));
    }
}
