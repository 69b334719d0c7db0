using System.Globalization;

namespace ShopAssistant.Recommendations.Lists;

/// <summary>The short "why" shown beside each product, zh and en, always from facts in the history.</summary>
internal static class RecommendationReason
{
    public static (string Zh, string En) BoughtBefore(int orders) =>
        orders == 1
            ? ("您曾购买过 1 次", "you bought this once")
            : ($"您已购买 {N(orders)} 次", $"you bought this {N(orders)} times");

    public static (string Zh, string En) GoesWithYours(string otherName) =>
        ($"常与您买过的 {otherName} 一起购买", $"often bought with {otherName}, which you bought");

    public static (string Zh, string En) GoesWith(string otherName) =>
        ($"常与 {otherName} 一起购买", $"often bought with {otherName}");

    public static (string Zh, string En) LikeThis(string otherName) =>
        ($"与 {otherName} 相似：同一货架，常被同一批顾客购买", $"like {otherName}: same shelf, bought by the same shoppers");

    public static (string Zh, string En) PopularThisMonth(int buyers) =>
        buyers > 0
            ? ($"近期热卖：近一个月 {N(buyers)} 位顾客购买", $"popular this month: {N(buyers)} shoppers bought it")
            : ("近期热卖", "popular this month");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
