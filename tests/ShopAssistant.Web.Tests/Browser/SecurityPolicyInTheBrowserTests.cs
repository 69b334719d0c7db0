using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>
/// Issue 11 items 7–8 in a real browser: every page works under its Content-Security-Policy (the browser reports no
/// refused script or style), and the login page never follows a ReturnUrl off the site.
/// </summary>
public sealed class SecurityPolicyInTheBrowserTests
{
    [BrowserFact]
    public async Task The_pages_run_under_their_policy_and_sign_in_stays_on_the_site()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = HandoffInTheBrowserTests.ChromiumArgs,
        });
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(message.Text);
        };
        page.PageError += (_, error) => refused.Add(error);
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');

        // The chat page connects and shows the welcome message: its scripts and styles loaded.
        await page.GotoAsync(baseUrl + "/");
        await Assertions.Expect(page.Locator("#messages .bot").First).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // A ReturnUrl that a browser would read as another host is ignored: the manager lands on the dashboard.
        await page.GotoAsync(baseUrl + "/staff/login?ReturnUrl=/%5Cevil.example");
        await page.FillAsync("#userName", "mia");
        await page.FillAsync("#password", ShopHost.ManagerPassword);
        await page.ClickAsync("#login button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(baseUrl) + "/dashboard$"));
        await Assertions.Expect(page.Locator(".card-figure").First).ToBeVisibleAsync();

        Assert.Empty(refused);
    }
}
