namespace ShopAssistant.Bot;

/// <summary>
/// What a recommendation card's buttons say and the answer to "add to cart", in the shopper's language. Kept in one
/// small file so that they can move into the shopper-text catalogue as they are.
/// </summary>
public static class CardTexts
{
    public static string SeeDetails(string language) => language == "zh" ? "查看详情" : "See details";

    public static string AddToCart(string language) => language == "zh" ? "加入购物车" : "Add to cart";

    public static string AddedToCart(string language, string productName) =>
        language == "zh" ? $"已把「{productName}」加入购物车。" : $"Added “{productName}” to your cart.";

    /// <summary>When the product is no longer in the catalogue (an old card): say so rather than pretend.</summary>
    public static string NoLongerSold(string language) =>
        language == "zh" ? "抱歉，这件商品已经下架，没能加入购物车。" : "Sorry, that product is no longer sold, so it was not added to your cart.";
}
