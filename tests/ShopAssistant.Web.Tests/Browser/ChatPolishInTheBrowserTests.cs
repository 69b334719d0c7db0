using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>The shopper's chat: message times in the shop's time, ended chats kept read-only, the launcher.</summary>
public sealed class ChatPolishInTheBrowserTests
{
    [BrowserFact]
    public async Task Messages_show_the_shops_time_and_an_ended_chat_stays_readable()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        // A shopper in London: the times shown are still the shop's (the host's clock stands at noon, Beijing time).
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Europe/London" })).NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        var welcome = page.Locator("#messages li.bot").First;
        await Assertions.Expect(welcome).ToContainTextAsync("暖居英伦家居礼品店");
        await Assertions.Expect(welcome.Locator("time")).ToContainTextAsync("12:00");
        await Assertions.Expect(welcome.Locator("time")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("12:00 北京时间$"));
        await page.FillAsync("#text", "运费怎么算？");
        await page.PressAsync("#text", "Enter");
        await Assertions.Expect(page.Locator("#messages li.bot")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#messages li.shopper time")).ToHaveCountAsync(1);

        await page.ClickAsync("#end");
        await Assertions.Expect(page.Locator("#readonly")).ToContainTextAsync("本次会话已结束");
        await Assertions.Expect(page.Locator("#composer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("运费怎么算？");

        await page.ClickAsync("#readonlyAction");
        await Assertions.Expect(page.Locator("#composer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#messages li.bot")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#messages")).Not.ToContainTextAsync("运费怎么算？");

        await page.ClickAsync("#past");
        await page.Locator("#pastList button", new() { HasText = "运费怎么算？" }).ClickAsync();
        await Assertions.Expect(page.Locator("#readonly")).ToContainTextAsync("以往会话（只读）");
        await Assertions.Expect(page.Locator("#composer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#messages li.bot")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("运费怎么算？");

        await page.ClickAsync("#readonlyAction");
        await Assertions.Expect(page.Locator("#composer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#messages")).Not.ToContainTextAsync("运费怎么算？");
    }

    [BrowserFact]
    public async Task The_launcher_on_a_shop_page_opens_the_chat_signed_in_and_it_answers()
    {
        await using var host = new ShopHost(environment: "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
        await page.GotoAsync(host.BaseAddress + "dev/launcher-demo.html?customer=17850");
        await Assertions.Expect(page.Locator("#shopassistant-chat")).ToHaveCountAsync(0);

        await page.ClickAsync("#shopassistant-launcher");
        var chat = page.FrameLocator("#shopassistant-chat");
        await Assertions.Expect(chat.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店");
        await chat.Locator("#text").FillAsync("我的订单到哪了？");
        await chat.Locator("#text").PressAsync("Enter");
        await Assertions.Expect(chat.Locator("#messages li.bot").Last).ToContainTextAsync("536791", new() { Timeout = 60_000 });

        await page.ClickAsync("#shopassistant-launcher");
        await Assertions.Expect(page.Locator("#shopassistant-chat")).ToBeHiddenAsync();
    }
}
