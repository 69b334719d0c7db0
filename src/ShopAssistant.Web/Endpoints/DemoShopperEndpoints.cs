using System.Net;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Web.Endpoints;

/// <summary>
/// Development only: /dev/shopper lets one chat as a demo customer, standing in for the shop's site, which in
/// production signs its shoppers in and opens the chat with their token. Never mapped outside Development.
/// </summary>
public static class DemoShopperEndpoints
{
    public const string Path = "/dev/shopper";
    public const string LauncherDemoPath = "/dev/launcher-demo.html";
    private static readonly int[] Examples = [13047, 17850, 12583, 15100, 14688];

    public static IEndpointRouteBuilder MapDemoShopper(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (int? customer, ShopperTokens tokens, DemoShopData shop) =>
        {
            if (customer is { } id)
            {
                if (shop.FindCustomer(id) is null) return Results.NotFound($"No demo customer {id}. 没有这个演示客户。");
                return Results.Redirect("/?shopperToken=" + WebUtility.UrlEncode(tokens.Issue(id, TimeSpan.FromHours(8))));
            }
            var links = string.Join("", Examples.Where(e => shop.FindCustomer(e) is not null)
                .Select(e => $"<li><a href=\"{Path}?customer={e}\">{e}</a></li>"));
            return Results.Content(
                $"<!doctype html><meta charset=\"utf-8\"><title>Demo shopper</title><h1>以演示客户身份聊天 · Chat as a demo customer</h1>"
                + $"<p>Development only. 仅限开发环境。</p><ul>{links}</ul>", "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        // A stand-in for a page of the shop's own site with the launcher snippet (README "Embedding the chat"); with
        // ?customer=ID the snippet carries that customer's shopper token, as the shop's site would render it.
        endpoints.MapGet(LauncherDemoPath, (int? customer, ShopperTokens tokens, DemoShopData shop) =>
            customer is { } id && shop.FindCustomer(id) is null
                ? Results.NotFound($"No demo customer {id}. 没有这个演示客户。")
                : Results.Content(LauncherDemo(customer, customer is { } c ? tokens.Issue(c, TimeSpan.FromHours(8)) : null), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static string LauncherDemo(int? customer, string? token)
    {
        var snippet = WebUtility.HtmlEncode("""<script src="https://ASSISTANT/launcher.js" data-shopper-token="JWT" defer></script>""");
        var who = customer is { } c
            ? $"Signed in as demo customer {c}. 已作为演示客户 {c} 登录。"
            : $"""As a guest. 访客身份。 <a href="{LauncherDemoPath}?customer=17850">Sign in as 17850 以 17850 登录</a>""";
        var tokenAttribute = token is null ? "" : " data-shopper-token=\"" + WebUtility.HtmlEncode(token) + "\"";
        return $"""
            <!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Launcher demo · 嵌入演示</title>
            <h1>示例商店页面 · An example page of the shop's site</h1>
            <p>Development only. 仅限开发环境。 The chat button at the bottom right comes from one script tag. 右下角的客服按钮来自一行脚本：</p>
            <pre>{snippet}</pre>
            <p>{who}</p>
            <script src="/launcher.js"{tokenAttribute} defer></script>
            </html>
            """;
    }
}
