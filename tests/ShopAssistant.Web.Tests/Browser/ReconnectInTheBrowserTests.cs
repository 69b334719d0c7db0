using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopAssistant.Web.Agents;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>The pages' SignalR client: keep-alive pings, automatic reconnect, presence kept across it.</summary>
public sealed class ReconnectInTheBrowserTests
{
    [BrowserFact]
    public async Task An_idle_chat_stays_connected_past_the_server_timeout_and_still_gets_answers()
    {
        // The server drops a client silent for 16 s; the page must learn that from /hubs/settings and ping in time (every 8 s),
        // and it gives up on a server silent for 9 s (pinged every 4 s). Margins of several seconds: the suite runs many hosts
        // at once on two cores, and with 4 s margins (2 s / 8 s) a loaded CI run once saw the page reconnect.
        await using var host = new ShopHost(settings: new Dictionary<string, string?>
        {
            ["ShopAssistant:Hubs:KeepAliveSeconds"] = "4", ["ShopAssistant:Hubs:ClientTimeoutSeconds"] = "16",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        await context.AddInitScriptAsync(Chromium.SocketSpy);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseAddress + "");
        await Assertions.Expect(page.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店");

        // Idle for three client pings (about 24 s, half as long again as the server's timeout): waited for by what the page
        // does, and ended early by a second socket, so that a dropped connection fails below with what happened.
        await page.WaitForFunctionAsync("() => window.__sockets[0].__pings >= 3 || window.__sockets.length > 1", null, new() { Timeout = 75_000 });

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__sockets.length"));
        Assert.True(await page.EvaluateAsync<int>("() => window.__sockets[0].__pings") >= 3);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__sockets[0].readyState"));
        await page.FillAsync("#text", "运费怎么算？");
        await page.PressAsync("#text", "Enter");
        await Assertions.Expect(page.Locator("#messages li.bot")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__sockets.length"));
    }

    [BrowserFact]
    public async Task An_agent_who_stepped_away_stays_away_after_a_reconnect()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(Chromium.SocketSpy);
        var agent = await Chromium.AgentAsync(context, host.BaseAddress.ToString().TrimEnd('/'));
        var presence = host.Services.GetRequiredService<AgentPresence>();

        await agent.SelectOptionAsync("#presence", "away");
        await agent.WaitForFunctionAsync("() => window.__sockets[0].__received.filter((f) => f.includes('\"away\"')).length >= 1");
        Assert.Equal("away", presence.Agents["lily"]);

        // The network blinks: the socket closes under the client, which reconnects on a new connection.
        await agent.EvaluateAsync("() => window.__sockets[0].close()");
        await agent.WaitForFunctionAsync("() => window.__sockets.length === 2 && window.__sockets[1].__received.some((f) => f.includes('\"target\":\"presence\"'))",
            null, new() { Timeout = 20_000 });

        Assert.Contains("\"arguments\":[\"away\"]", await agent.EvaluateAsync<string>("() => window.__sockets[1].__received.find((f) => f.includes('\"target\":\"presence\"'))"));
        Assert.Equal("away", presence.Agents["lily"]);
        await Assertions.Expect(agent.Locator("#presence")).ToHaveValueAsync("away");
        await Assertions.Expect(agent.Locator("body[data-hub=connected]")).ToHaveCountAsync(1);
    }
}
