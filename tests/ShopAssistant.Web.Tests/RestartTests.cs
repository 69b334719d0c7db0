using ShopAssistant.Data;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Conversation_state_and_transcript_survive_a_host_restart()
    {
        await using var channel = await ChannelListener.StartAsync();
        const string conversation = "c-restart";
        string dataFolder;

        await using (var first = new ShopHost())
        {
            dataFolder = first.DataFolder;
            var asked = await first.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, conversation, "guest-r", "订单536367到哪了"));
            Assert.True(asked.IsSuccessStatusCode);
            Assert.Contains("后四位", (string?)channel.NextReply(conversation)["text"]);
        }

        await using var second = new ShopHost(dataFolder);
        var last4 = DemoShopImporter.SyntheticPhone(13047)[^4..];
        var answered = await second.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, conversation, "guest-r", last4));
        Assert.True(answered.IsSuccessStatusCode);

        // The order number was remembered across the restart: the 4 digits alone unlock the order.
        var reply = (string)channel.NextReply(conversation)["text"]!;
        Assert.Contains("536367", reply);
        Assert.Contains("¥", reply);
        Assert.DoesNotContain("欢迎光临", reply);

        var transcript = await second.Services.GetRequiredService<ITranscriptLog>().ReadAsync("test-channel:" + conversation);
        Assert.Equal(["in", "out", "in", "out"], transcript.Select(t => t.Direction));
        Assert.Equal("订单536367到哪了", transcript[0].Text);
    }
}
