using Microsoft.Playwright;

namespace ShopAssistant.Web.Tests.Browser;

/// <summary>What the browser tests share: Debian's chromium, a signed-in agent, and a spy on the page's WebSockets.</summary>
internal static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = HandoffInTheBrowserTests.ChromiumArgs,
    });

    /// <summary>
    /// Init script: every WebSocket the page opens is kept in window.__sockets, with the frames it received
    /// (__received) and the SignalR pings it sent (__pings), so a test can tell a reconnect or a ping from outside.
    /// </summary>
    public const string SocketSpy = """
        window.__sockets = [];
        const NativeSocket = window.WebSocket;
        window.WebSocket = class extends NativeSocket {
          constructor(...args) {
            super(...args);
            this.__received = [];
            this.__pings = 0;
            this.addEventListener("message", (e) => this.__received.push(String(e.data)));
            window.__sockets.push(this);
          }
          send(data) {
            if (String(data).startsWith('{"type":6}')) this.__pings++;
            return super.send(data);
          }
        };
        """;

    /// <summary>An agent page signed in as lily on /agent, its hub connected.</summary>
    public static async Task<IPage> AgentAsync(IBrowserContext context, string baseUrl, string userName = "lily")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/agent");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", ShopHost.AgentPassword);
        await page.ClickAsync("#login button[type=submit]");
        // A fresh host loads its models (6 MB of intent model among them) while it serves its first pages: on a busy machine
        // the sign-in's redirect can take longer than Playwright's default 5 s.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/agent$"), new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("body[data-hub=connected]")).ToHaveCountAsync(1);
        return page;
    }
}
