namespace ShopAssistant.Domain.Catalogue;

/// <summary>Handbook P1: the shop's RMB price is the source price in GBP × 9, rounded to ¥0.1.</summary>
public static class Price
{
    public const decimal GbpToShopRmb = 9m;

    public static decimal FromSourceGbp(decimal gbp) => Math.Round(gbp * GbpToShopRmb, 1, MidpointRounding.AwayFromZero);

    public static string Format(decimal rmb) => "¥" + rmb.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An amount as a rule states it, without the sign or needless decimals: 150, 12.5.</summary>
    public static string Amount(decimal rmb) => rmb.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
