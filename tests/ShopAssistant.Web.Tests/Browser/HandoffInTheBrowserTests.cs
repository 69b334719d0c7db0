using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>
/// A shopper escalates in one page, an agent signs in, claims and replies in another, and the shopper sees the
/// reply and rates it: the real pages, the real host, Debian's chromium driven by Playwright.
/// </summary>
public sealed class HandoffInTheBrowserTests
{
    internal static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    [BrowserFact]
    public async Task A_shopper_escalates_an_agent_claims_and_replies_and_the_shopper_rates()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ChromiumArgs,
        });
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');

        var shopper = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
        await shopper.GotoAsync(baseUrl + "/");
        await Assertions.Expect(shopper.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店");
        await shopper.FillAsync("#text", "我要转人工");
        await shopper.PressAsync("#text", "Enter");
        // The first answer of a fresh host may wait for the intent model to train beside the recommender: the flow is
        // what is tested here, the cold start has its own benchmark.
        await Assertions.Expect(shopper.Locator("#messages li.bot").Last).ToContainTextAsync("人工客服", new() { Timeout = 60_000 });

        var agent = await (await browser.NewContextAsync()).NewPageAsync();
        await agent.GotoAsync(baseUrl + "/agent");
        await Assertions.Expect(agent).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/login"));
        await agent.FillAsync("#userName", "lily");
        await agent.FillAsync("#password", ShopHost.AgentPassword);
        await agent.ClickAsync("#login button[type=submit]");
        await Assertions.Expect(agent).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/agent$"));
        await agent.Locator("#queue li").First.ClickAsync();
        await Assertions.Expect(agent.Locator("#summary")).ToContainTextAsync("shopper_request");
        await agent.ClickAsync("#claim");
        await Assertions.Expect(agent.Locator("#title")).ToContainTextAsync("处理中 Active");
        await agent.FillAsync("#replyText", "您好，我是客服 Lily，请问有什么可以帮您？");
        await agent.ClickAsync("#reply button");

        await Assertions.Expect(shopper.Locator("#messages li.agent").Last).ToContainTextAsync("我是客服 Lily");

        await agent.FillAsync("#disposition", "answered");
        await agent.ClickAsync("#resolve");
        var fiveStars = shopper.Locator("#actions button", new PageLocatorOptions { HasText = "5星" });
        await fiveStars.ClickAsync();
        await Assertions.Expect(shopper.Locator("#messages li.bot").Last).ToContainTextAsync("感谢您的评价");

        var events = await host.Services.GetRequiredService<IEventLog>().ReadAsync(host.Clock.GetUtcNow().AddDays(-1), host.Clock.GetUtcNow().AddDays(1));
        Assert.Contains(events, e => e.Kind == ShopEventKinds.Rating && e.DataJson!.Contains("\"stars\":5") && e.DataJson.Contains("lily"));
    }
}
