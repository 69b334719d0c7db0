using ShopAssistant.Domain;

namespace ShopAssistant.Assistant;

/// <summary>The assistant's own sentences (greeting, order privacy), zh and en. Policy answers come from knowledge-base/.</summary>
internal static class ShopperTexts
{
    private static string T(ShopLanguage language, string zh, string en) => language == ShopLanguage.Zh ? zh : en;

    public static string Hello(ShopLanguage l) => T(l, "您好，欢迎光临暖居英伦家居礼品店！", "Hello, and welcome to Hearth & Gift (暖居英伦家居礼品店)! ");

    public static string Welcome(ShopLanguage l) => T(l,
        "您好，欢迎光临暖居英伦家居礼品店！我是店铺智能客服，可以帮您查询订单物流。请问有什么可以帮您？",
        "Hello, and welcome to Hearth & Gift (暖居英伦家居礼品店)! I'm the shop's assistant and can look up your orders. How can I help?");

    public static IReadOnlyList<string> Starters(ShopLanguage l) => l == ShopLanguage.Zh ? ["查询我的订单", "转人工"] : ["Track my order", "Talk to a person"];

    public static string Empty(ShopLanguage l) => T(l, "抱歉，没有收到您的文字内容，请再发一次好吗？", "Sorry, I didn't receive any text. Could you send your message again?");

    public static string NotSure(ShopLanguage l) => T(l,
        "抱歉，这个问题我暂时还不能准确回答。我可以帮您查询订单物流：请发送订单号。",
        "Sorry, I can't answer that reliably yet. I can look up an order for you: just send me the order number.");

    public static string AskOrderNumber(ShopLanguage l) => T(l,
        "好的，请告诉我订单号（6位数字），以及下单手机号的后四位，我来帮您查询。",
        "Sure. Please send the order number (6 digits) and the last 4 digits of the phone number on the order.");

    public static string AskPhoneLast4(ShopLanguage l, int orderNo) => T(l,
        $"为保护您的隐私，请提供订单 {orderNo} 下单手机号的后四位。",
        $"To protect your privacy, please send the last 4 digits of the phone number on order {orderNo}.");

    public static string CannotVerify(ShopLanguage l) => T(l,
        "抱歉，订单号与手机号后四位无法对应，我不能显示该订单的信息。请核对后再试。",
        "Sorry, that order number and phone digits don't match, so I can't show that order. Please check them and try again.");

    public static string NotYourOrder(ShopLanguage l) => T(l,
        "抱歉，我只能查询您本人账户下的订单。请核对订单号后再试。",
        "Sorry, I can only show orders on your own account. Please check the order number.");

    public static string VerificationLocked(ShopLanguage l) => T(l,
        "为保护账户安全，本次对话中的订单验证次数已用完。请登录后在订单页查看，或联系人工客服。",
        "To keep accounts safe, this conversation has used up its order verification attempts. Please sign in and check the order page, or ask for a human agent.");

    public static string OrderLocked(ShopLanguage l) => T(l,
        "为保护账户安全，手机号后四位验证失败次数过多，订单验证已暂时锁定1小时。请登录后在订单页查看，或回复“转人工”由客服为您核实。",
        "To keep accounts safe, order checks are locked for an hour after too many wrong phone digits. Please sign in and check the order page, or say \"talk to a person\" and an agent will help.");

    public static string NoOrders(ShopLanguage l) => T(l, "您的账户下暂时没有订单。", "There are no orders on your account yet.");

    public static string YourRecentOrders(ShopLanguage l) => T(l, "您最近的订单：", "Your recent orders:");
}
