namespace ShopAssistant.Domain;

/// <summary>The two languages shoppers write in; replies follow the shopper's language.</summary>
public enum ShopLanguage { Zh, En }

public static class ShopLanguages
{
    public static string Code(this ShopLanguage language) => language == ShopLanguage.Zh ? "zh" : "en";

    public static ShopLanguage Parse(string? code) =>
        code is not null && code.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ShopLanguage.Zh : ShopLanguage.En;
}
