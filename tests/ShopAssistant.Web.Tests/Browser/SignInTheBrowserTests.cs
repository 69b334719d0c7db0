using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>The embedding parameter (README "Signing shoppers in"): the shop's site opens the chat as /?shopperToken=….</summary>
public sealed class SignInTheBrowserTests
{
    [BrowserFact]
    public async Task The_page_signs_the_shopper_in_with_the_shops_token_and_takes_it_off_the_address_bar()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = HandoffInTheBrowserTests.ChromiumArgs,
        });
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();

        await page.GotoAsync(baseUrl + "/?shopperToken=" + Uri.EscapeDataString(host.ShopperToken(17850)));
        // A fresh host's first greeting and answer wait as long as in the other browser tests (the assistant warms up).
        await Assertions.Expect(page.Locator("#messages li.bot").First).ToContainTextAsync("暖居英伦家居礼品店", new() { Timeout = 60_000 });
        Assert.DoesNotContain("shopperToken", page.Url);
        await page.FillAsync("#text", "我的订单到哪了？");
        await page.PressAsync("#text", "Enter");

        await Assertions.Expect(page.Locator("#messages li.bot").Last).ToContainTextAsync("536791", new() { Timeout = 60_000 });
    }
}
