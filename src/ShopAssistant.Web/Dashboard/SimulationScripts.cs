namespace ShopAssistant.Web.Dashboard;

/// <summary>What simulated shoppers and agents say: everyday questions, a few the bot cannot answer, and requests for a person.</summary>
internal static class SimulationScripts
{
    public static readonly string[][] Zh =
    [
        ["你好", "多久发货？"],
        ["退货运费谁出？", "谢谢"],
        ["可以开发票吗", "好的谢谢"],
        ["有什么优惠券吗"],
        ["我的订单到哪了"],
        ["想给妈妈买个圣诞礼物，有推荐吗"],
        ["有什么推荐的吗"],
        ["100块以内送同事的礼物"],
        ["收到的杯子碎了"],
        ["转人工"],
        ["太差了，我要投诉", "我要找人工"],
        ["你们店的猫叫什么名字", "算了，转人工"],
        ["可以用花呗分期吗"],
        ["礼品包装要加钱吗"],
    ];

    public static readonly string[][] En =
    [
        ["Hello", "How long does shipping take?"],
        ["What is your return policy?", "thanks"],
        ["Can I get an invoice?"],
        ["Do you have any coupons?"],
        ["Where is my order?"],
        ["Can you recommend a gift for my sister?"],
        ["Gift ideas"],
        ["gift ideas for a housewarming?"],
        ["The candle holder arrived broken"],
        ["I want to talk to a real person"],
        ["This is terrible service, I want to complain"],
        ["Do you sell gift cards?", "ok, let me talk to a person then"],
        ["Can I pay with PayPal?"],
        ["Do you offer gift wrapping?"],
    ];

    private static readonly string[] AgentZh = ["您好，已经看到您的问题，我来为您处理。", "已为您登记，今天内会有结果。", "非常抱歉给您带来不便，已为您安排补发。请问还有其他问题吗？"];
    private static readonly string[] AgentEn = ["Hi, I've read your messages and I'm on it.", "I've logged this and you'll hear from us today.", "I'm sorry about that; a replacement is on its way. Anything else I can help with?"];

    public static string AgentReply(string language, int n) => (language == "zh" ? AgentZh : AgentEn)[n % 3];

    public static string Rating(string language, int stars) => language == "zh" ? $"{stars}星" : stars.ToString();
}
