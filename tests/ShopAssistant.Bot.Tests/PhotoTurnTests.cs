using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Bot.Photos;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Tests;

/// <summary>Issue 14: what the bot does with a photo the shop kept (a damage report with photos goes to a person, with them).</summary>
public sealed class PhotoTurnTests
{
    private static JObject? Meta(IActivity a) => SentMetadata.Of(a);

    /// <summary>A kept photo in the harness's conversation, and the message that carries it, as the web chat sends it.</summary>
    private static async Task<Activity> PhotoMessageAsync(BotHarness harness, string conversation, string id, string? text = null)
    {
        var photo = new PhotoInfo(id, BotHarness.Key(conversation), "guest", PhotoCheck.Png, 8, harness.Clock.GetUtcNow());
        Assert.True((await harness.Photos.SaveAsync([new StoredPhoto(photo, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])], 10)).Saved);
        var message = MessageFactory.Text(text);
        message.Text = text;
        message.Locale = "en-US";
        message.Attachments = [PhotoAttachments.For(photo)];
        return message;
    }

    [Fact]
    public async Task A_photo_with_nothing_said_before_asks_what_to_look_at_and_hands_nothing_over()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-p1");

        await harness.Flow(adapter)
            .Send(await PhotoMessageAsync(harness, "conv-p1", "p1"))
            .AssertReply(reply =>
            {
                Assert.Contains("What would you like us to look at", reply.AsMessageActivity().Text);
                Assert.False(Meta(reply)!.Value<bool>("handoff"));
            })
            .StartTestAsync();

        Assert.Empty(await harness.Handoffs.ListAsync(null));
    }

    [Theory]
    [InlineData("here you go", "en-US", "What would you like us to look at")]
    [InlineData("看看这个", "zh-CN", "需要我们帮您看什么")]
    public async Task A_photo_with_words_that_say_nothing_about_it_asks_too(string text, string locale, string asks)
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-p5");
        var message = await PhotoMessageAsync(harness, "conv-p5", "p5", text);
        message.Locale = locale;

        await harness.Flow(adapter)
            .Send(message)
            .AssertReply(reply => Assert.True(reply.AsMessageActivity().Text.Contains(asks), reply.AsMessageActivity().Text + " " + Meta(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_photo_after_a_damage_report_hands_over_with_the_photos_and_later_ones_go_to_the_agent()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-p2");

        await harness.Flow(adapter)
            .Send("my candle holder arrived broken")
            .AssertReply(reply => Assert.False(Meta(reply)!.Value<bool>("handoff")))
            .Send(await PhotoMessageAsync(harness, "conv-p2", "p2"))
            .AssertReply(reply =>
            {
                Assert.Equal("damaged_goods", Meta(reply)!.Value<string>("handoffReason"));
                Assert.Contains("look at them", reply.AsMessageActivity().Text);
            })
            .AssertReply(initiate =>
            {
                Assert.Equal(HandoffDesk.InitiateEvent, ((Activity)initiate).Name);
                Assert.Equal(["/api/photos/p2"], JObject.FromObject(((Activity)initiate).Value)["photos"]!.Values<string>());
            })
            .StartTestAsync();
        // The next photo is kept only now, as it would be when the shopper sends it.
        await harness.Flow(adapter)
            .Send(await PhotoMessageAsync(harness, "conv-p2", "p3", "and the box"))
            .AssertReply(holding => Assert.Contains("team", holding.AsMessageActivity().Text))
            .StartTestAsync();

        Assert.Single(await harness.Handoffs.ListAsync(null));
        Assert.Equal(["/api/photos/p3"], harness.Staff.ShopperPhotos);
        Assert.Contains("and the box", harness.Staff.ShopperMessages);
    }

    [Fact]
    public async Task A_damage_report_after_the_photos_hands_over_too()
    {
        var harness = new BotHarness();
        var adapter = harness.NewAdapter("conv-p4");

        await harness.Flow(adapter)
            .Send(await PhotoMessageAsync(harness, "conv-p4", "p4"))
            .AssertReply(reply => Assert.False(Meta(reply)!.Value<bool>("handoff")))
            .Send("the teapot in the photo arrived cracked")
            .AssertReply(reply => Assert.Equal("damaged_goods", Meta(reply)!.Value<string>("handoffReason")))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_link_to_another_host_is_no_photo_of_the_shop()
    {
        var message = MessageFactory.Text("look");
        message.Attachments = [new Attachment("image/png", "https://evil.example/api/photos/p1"), new Attachment("image/png", "/api/photos/../../etc")];

        Assert.Empty(PhotoAttachments.IdsIn(message));
        message.Attachments.Add(new Attachment("image/png", "/api/photos/abc_DEF-1"));
        Assert.Equal(["abc_DEF-1"], PhotoAttachments.IdsIn(message));
    }
}
