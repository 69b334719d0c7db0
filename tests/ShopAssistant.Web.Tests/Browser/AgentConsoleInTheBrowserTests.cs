using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>The agent console at speed: words for codes, desktop notice, keyboard, canned replies as you type.</summary>
public sealed class AgentConsoleInTheBrowserTests
{
    /// <summary>Init script: every desktop notification the page creates is kept in window.__notifications.</summary>
    private const string NotificationSpy = """
        window.__notifications = [];
        const NativeNotification = window.Notification;
        window.Notification = class extends NativeNotification {
          constructor(title, options) {
            window.__notifications.push({ title, body: options && options.body });
            super(title, options);
          }
        };
        """;

    [BrowserFact]
    public async Task An_online_agent_is_notified_of_a_new_handoff_and_takes_it_with_the_keyboard()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');
        var agentContext = await browser.NewContextAsync();
        await agentContext.GrantPermissionsAsync(["notifications"], new() { Origin = baseUrl });
        await agentContext.AddInitScriptAsync(NotificationSpy);
        var agent = await Chromium.AgentAsync(agentContext, baseUrl);

        var shopper = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
        await shopper.GotoAsync(baseUrl + "/");
        await Assertions.Expect(shopper.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店");
        await shopper.FillAsync("#text", "我要转人工");
        await shopper.PressAsync("#text", "Enter");

        // A cold host's first answer may wait for the intent model (see HandoffInTheBrowserTests).
        await agent.WaitForFunctionAsync("() => window.__notifications.length > 0", null, new() { Timeout = 60_000 });
        var notice = await agent.EvaluateAsync<string>("() => JSON.stringify(window.__notifications)");
        Assert.Contains("新的转人工 New handoff #", notice);
        Assert.Contains("顾客要求人工 Asked for a person", notice);
        await Assertions.Expect(agent.Locator("#queue li").First).ToContainTextAsync("顾客要求人工 Asked for a person");
        await Assertions.Expect(agent.Locator("#queue li").First).Not.ToContainTextAsync("shopper_request");
        await Assertions.Expect(agent.Locator(".help")).ToContainTextAsync("Alt");

        await agent.Keyboard.PressAsync("Alt+N");
        await Assertions.Expect(agent.Locator("#title")).ToContainTextAsync("等待中 Waiting");
        await agent.Keyboard.PressAsync("Alt+C");
        await Assertions.Expect(agent.Locator("#title")).ToContainTextAsync("处理中 Active");

        // Canned replies follow the typing: no Enter, no leaving the field.
        await agent.Locator("#cannedQuery").PressSequentiallyAsync("运费");
        await Assertions.Expect(agent.Locator("#canned li").First).ToContainTextAsync("包邮");

        await agent.ClickAsync("#replyText");
        await agent.Keyboard.TypeAsync("您好，我是客服 Lily");
        await agent.Keyboard.PressAsync("Shift+Enter");
        await agent.Keyboard.TypeAsync("请问有什么可以帮您？");
        Assert.Equal("您好，我是客服 Lily\n请问有什么可以帮您？", await agent.InputValueAsync("#replyText"));
        await agent.Keyboard.PressAsync("Enter");

        await Assertions.Expect(shopper.Locator("#messages li.agent").Last).ToContainTextAsync("请问有什么可以帮您？");
        await Assertions.Expect(agent.Locator("#replyText")).ToHaveValueAsync("");
    }
}
