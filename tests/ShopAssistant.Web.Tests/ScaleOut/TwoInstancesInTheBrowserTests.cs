using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShopAssistant.Testing;
using ShopAssistant.Web.Tests.Browser;

namespace ShopAssistant.Web.Tests.ScaleOut;

/// <summary>
/// Issue 12 item 6, the browser case: the real pages in Debian's chromium, on the two-instance shop. The fixture's proxy
/// balances over A and B without stickiness, so a page behind it could land both sockets on one instance and prove
/// nothing; each page here goes through its own nginx, from the same deployment template, with one upstream: the shopper's
/// page (and its socket) on A, the agent's console on B. Everything between them crosses Redis and PostgreSQL.
/// </summary>
[RequiresServers(Server.Postgres, Server.Redis, Server.Nginx, Server.Chromium)]
[Collection(ScaledOutShop.Collection)]
public sealed class TwoInstancesInTheBrowserTests(ScaledOutShop shop)
{
    [ServerFact]
    public async Task A_shopper_on_A_escalates_and_sees_the_reply_of_an_agent_on_B()
    {
        using var toA = await NginxProxy.StartAsync(ScaledOutShop.Template(), [shop.A.Address.Port]);
        using var toB = await NginxProxy.StartAsync(ScaledOutShop.Template(), [shop.B.Address.Port]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // The agent is on B's console before the shopper asks: the new handoff, created on A, reaches B's page over Redis.
        var agent = await (await browser.NewContextAsync()).NewPageAsync();
        await agent.GotoAsync(new Uri(toB.Address, "/agent").ToString());
        await agent.FillAsync("#userName", "lily");
        await agent.FillAsync("#password", ScaledOutShop.AgentPassword);
        await agent.ClickAsync("#login button[type=submit]");
        await Assertions.Expect(agent).ToHaveURLAsync(new Regex("/agent$"));
        await Assertions.Expect(agent.Locator("body[data-hub=connected]")).ToHaveCountAsync(1);
        var queued = await agent.Locator("#queue li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)");

        var shopper = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
        await shopper.GotoAsync(toA.Address.ToString());
        await Assertions.Expect(shopper.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店");
        await shopper.FillAsync("#text", "我要转人工");
        await shopper.PressAsync("#text", "Enter");
        await Assertions.Expect(shopper.Locator("#messages li.bot").Last).ToContainTextAsync("人工客服");

        // The one item B's queue did not show before: the shopper's handoff, announced by A.
        await Assertions.Expect(agent.Locator("#queue li")).ToHaveCountAsync(queued.Length + 1);
        var ids = await agent.Locator("#queue li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)");
        var id = Assert.Single(ids.Except(queued));
        await agent.Locator($"#queue li[data-id='{id}']").ClickAsync();
        await Assertions.Expect(agent.Locator("#summary")).ToContainTextAsync("shopper_request");
        await agent.ClickAsync("#claim");
        await Assertions.Expect(agent.Locator("#title")).ToContainTextAsync("处理中 Active");
        await agent.FillAsync("#replyText", "您好，我是 B 上的客服 Lily。");
        await agent.ClickAsync("#reply button");

        // B sent it to the conversation's group; the shopper's socket is on A, so only the backplane can deliver it.
        await Assertions.Expect(shopper.Locator("#messages li.agent").Last).ToContainTextAsync("B 上的客服 Lily");
    }
}
