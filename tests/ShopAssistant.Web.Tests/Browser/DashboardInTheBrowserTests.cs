using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Web.Dashboard;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>A manager signs in, finds on the dashboard the figures of a day of simulated conversations, and sees a safety report arrive.</summary>
public sealed class DashboardInTheBrowserTests
{
    [BrowserFact]
    public async Task A_manager_finds_the_figures_of_a_simulated_day()
    {
        await using var host = new ShopHost();
        Assert.Equal(0, await QualityCommands.SimulateAsync(host.Services, ["simulate", "--conversations", "12", "--seed", "5"], TextWriter.Null));
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var metrics = (await manager.GetFromJsonAsync<JsonObject>("/api/metrics"))!;
        var conversations = (int)metrics["conversations"]!;
        Assert.True(conversations >= 12);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = HandoffInTheBrowserTests.ChromiumArgs,
        });
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');
        await page.GotoAsync(baseUrl + "/dashboard");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/login"));
        await page.FillAsync("#userName", "mia");
        await page.FillAsync("#password", ShopHost.ManagerPassword);
        await page.ClickAsync("#login button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));

        var conversationsCard = page.Locator(".card-figure", new PageLocatorOptions { HasText = "Conversations" }).Locator(".value");
        await Assertions.Expect(conversationsCard).ToHaveTextAsync(conversations.ToString());
        await Assertions.Expect(page.Locator("#reasons")).ToContainTextAsync((string)metrics["handoffsByReason"]!.AsObject().First().Key);

        // Handbook E3: a safety report shows up at once, long before the page's minute refresh.
        await Assertions.Expect(page.Locator("#alerts")).Not.ToContainTextAsync("browser-fire");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var inbox = host.Services.GetRequiredService<WebChatInbox>();
        await inbox.OpenAsync("browser-fire", "guest-fire", "en-US", CancellationToken.None);
        await inbox.SayAsync("browser-fire", "guest-fire", "the candle holder caught fire on my table", "en-US", CancellationToken.None);
        await Assertions.Expect(page.Locator("#alerts")).ToContainTextAsync("browser-fire", new() { Timeout = 10_000 });
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("safety"));
    }
}
