using ShopAssistant.Assistant.Dialogue;
using Xunit.Abstractions;
namespace ShopAssistant.Assistant.Tests;
public sealed class ZzProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        foreach (var line in File.ReadAllLines("/work/probe/lines.txt"))
        {
            var memory = TestShop.Greeted();
            foreach (var text in line.Split(" / "))
            {
                var u = TestShop.Understanding.Understand(text);
                var reply = await TestShop.Offline.SayAsync(text, memory);
                output.WriteLine($"{text} => model {u.Intent} {u.Confidence:0.00}; amount {u.Slots.Amount} yearly {u.Slots.TalksAboutYearlySpend} topics [{string.Join(",", u.Topics)}] => {reply.Metadata.Intent} h={reply.Metadata.Handoff} [{string.Join(",", reply.Metadata.Sources)}] {reply.Text[..Math.Min(80, reply.Text.Length)]} | topic={memory.Topic} script={memory.TopicScript}");
            }
        }
    }
}
