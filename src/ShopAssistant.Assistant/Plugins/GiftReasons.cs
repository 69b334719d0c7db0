using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations.Gifts;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>
/// Why a card is shown, in the shopper's language: who it suits and the occasion, the budget it fits, cheaper than the
/// list before, then the list's own reason (like X, bought with X, popular this month).
/// </summary>
internal static class GiftReasons
{
    public static string For(GiftState state, bool cheaper, string listReason, ShopLanguage language)
    {
        var zh = language == ShopLanguage.Zh;
        var parts = new List<string>();
        var recipient = GiftLexicon.Recipient(state.Recipient);
        var occasion = GiftLexicon.Occasion(state.Occasion);
        if (recipient is not null || occasion is not null)
            parts.Add(zh
                ? recipient is not null && occasion is not null ? $"适合{recipient.SayZh}的{occasion.SayZh}" : recipient is not null ? $"适合{recipient.SayZh}" : $"适合做{occasion!.SayZh}"
                : recipient is not null && occasion is not null ? $"{occasion.SayEn} {recipient.SayEn}" : recipient is not null ? $"a gift {recipient.SayEn}" : occasion!.SayEn);
        if (Budget(state, zh) is { } budget) parts.Add(budget);
        if (cheaper) parts.Add(zh ? "比上一批更便宜" : "cheaper than the last ones");
        parts.Add(listReason);
        return string.Join(zh ? "；" : "; ", parts.Where(p => p.Length > 0));
    }

    public static string? Budget(GiftState state, bool zh) => (state.MinPriceRmb, state.MaxPriceRmb) switch
    {
        ({ } lo, { } hi) => zh ? $"在 {Price.Format(lo)}–{Price.Format(hi)} 预算内" : $"within your {Price.Format(lo)}–{Price.Format(hi)} budget",
        (null, { } hi) => zh ? $"在 {Price.Format(hi)} 预算内" : $"within your {Price.Format(hi)} budget",
        ({ } lo, null) => zh ? $"{Price.Format(lo)} 以上" : $"over {Price.Format(lo)}",
        _ => null,
    };
}
