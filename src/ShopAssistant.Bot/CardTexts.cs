using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Bot;

/// <summary>What a recommendation card's buttons say and the answer to "add to cart", from the shop's text catalogue.</summary>
public static class CardTexts
{
    private static string Say(string language, string key, params (string, object?)[] values) => ShopTexts.Default.Say(key, language, values);

    public static string SeeDetails(string language) => Say(language, "card.seeDetails");

    public static string AddToCart(string language) => Say(language, "card.addToCart");

    public static string AddedToCart(string language, string productName) => Say(language, "card.addedToCart", ("name", productName));

    /// <summary>When the product is no longer in the catalogue (an old card): say so rather than pretend.</summary>
    public static string NoLongerSold(string language) => Say(language, "card.noLongerSold");
}
