using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Tests;

/// <summary>The start's rehearsal of a turn leaves nothing behind, and the order history is read once the assistant is ready.</summary>
public sealed class WarmUpRehearsalTests
{
    [Fact]
    public async Task After_the_warm_up_the_database_holds_no_transcript_event_or_state_and_the_order_history_is_read()
    {
        using var host = new ShopHost();
        var client = host.CreateClient();
        var body = "";
        for (var i = 0; i < 720 && !body.Contains("\"order-history\":{\"state\":\"ready\""); i++)
        {
            await Task.Delay(250);
            body = await client.GetStringAsync("/health/ready").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
        }

        Assert.Contains("\"assistant\":{\"state\":\"ready\"", body);
        Assert.Contains("\"order-history\":{\"state\":\"ready\"", body);
        Assert.True(host.Services.GetRequiredService<Domain.DemoShop.DemoShopData>().HistoryLoaded);
        await using var connection = await host.Services.GetRequiredService<IShopDatabase>().OpenConnectionAsync();
        foreach (var table in (string[])["transcript", "event", "bot_state"])
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {table}";
            Assert.Equal(0L, Convert.ToInt64(await count.ExecuteScalarAsync()));
        }
    }
}
