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
        return endpoints;
    }
}
