using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>Issue 14 in the real pages: a shopper attaches a photo of a damaged item, sees it, and the agent sees it after the handoff.</summary>
public sealed class PhotosInTheBrowserTests
{
    /// <summary>A real 1×1 PNG, so that the browser has something to draw.</summary>
    private static readonly byte[] OnePixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static Task<bool> DrawnAsync(ILocator image) => image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");

    [BrowserFact]
    public async Task A_shopper_attaches_a_photo_sees_its_thumbnail_and_the_agent_console_shows_it_after_the_handoff()
    {
        await using var host = new ShopHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');

        var shopper = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" })).NewPageAsync();
        await shopper.GotoAsync(baseUrl + "/");
        // A fresh host's first greeting may wait for the intent model while other tests load the machine.
        await Assertions.Expect(shopper.Locator("#messages li.bot").First).ToContainTextAsync("Hearth & Gift", new() { Timeout = 60_000 });
        await shopper.FillAsync("#text", "the mug I received arrived cracked");
        await shopper.PressAsync("#text", "Enter");
        await Assertions.Expect(shopper.Locator("#messages li.bot")).ToHaveCountAsync(2, new() { Timeout = 60_000 });

        await shopper.Locator("#photo").SetInputFilesAsync(new FilePayload { Name = "mug.png", MimeType = "image/png", Buffer = OnePixel });

        await Assertions.Expect(shopper.Locator("#messages li.bot").Last).ToContainTextAsync("look at them", new() { Timeout = 30_000 });
        var thumbnail = shopper.Locator("#messages li.shopper .photo img");
        await Assertions.Expect(thumbnail).ToHaveCountAsync(1);
        Assert.True(await DrawnAsync(thumbnail));
        // After a reload the photo comes back from the shop, fetched with this chat's own session.
        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.Locator("#messages li.shopper .photo img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
        Assert.True(await DrawnAsync(shopper.Locator("#messages li.shopper .photo img")));

        var agent = await Chromium.AgentAsync(await browser.NewContextAsync(), baseUrl);
        await agent.Locator("#queue li").First.ClickAsync();
        await Assertions.Expect(agent.Locator("#title")).ToContainTextAsync("Damaged item");
        await Assertions.Expect(agent.Locator("#photos img")).ToHaveCountAsync(1);
        await Assertions.Expect(agent.Locator("#transcript .photo img")).ToHaveCountAsync(1);
        await agent.WaitForFunctionAsync("() => [...document.querySelectorAll('#photos img, #transcript .photo img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.StartsWith("/api/photos/", await agent.Locator("#photos a").GetAttributeAsync("href"));
    }
}
