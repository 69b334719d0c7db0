using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// The orchestrator's own sentences (greeting frame, questions, refusals), zh and en. Service facts are never
/// written here: they come from the knowledge-base scripts or the shop's data.
/// </summary>
internal static class ReplyTexts
{
    private static string T(ShopLanguage language, string zh, string en) => language == ShopLanguage.Zh ? zh : en;

    public static string Hello(ShopLanguage l) => T(l, "您好，欢迎光临暖居英伦家居礼品店！", "Hello, and welcome to Hearth & Gift (暖居英伦家居礼品店)! ");

    public static string Welcome(ShopLanguage l) => T(l,
        "您好，欢迎光临暖居英伦家居礼品店！我是店铺智能客服，可以帮您查订单、解答发货退换和优惠问题、推荐好物。请问有什么可以帮您？",
        "Hello, and welcome to Hearth & Gift (暖居英伦家居礼品店)! I'm the shop's assistant: I can track orders, answer questions about shipping, returns and offers, and suggest gifts. How can I help?");

    public static IReadOnlyList<string> Starters(ShopLanguage l) => l == ShopLanguage.Zh
        ? ["查询我的订单", "运费怎么算", "推荐礼物", "转人工"]
        : ["Track my order", "Shipping fees", "Gift ideas", "Talk to a person"];

    public static string Empty(ShopLanguage l) => T(l, "抱歉，没有收到您的文字内容，请再发一次好吗？", "Sorry, I didn't receive any text. Could you send your message again?");

    public static string OffTopic(ShopLanguage l) => T(l,
        "这个我就帮不上忙啦～我是店铺的智能客服，可以帮您查订单、解答发货、退换、发票和优惠问题，或者推荐好物。",
        "That's outside what I can help with, I'm afraid. I'm the shop's assistant: I can track orders, answer questions about shipping, returns, invoices and offers, or suggest gifts.");

    public static string NotSure(ShopLanguage l) => T(l,
        "抱歉，这个问题我不太确定，不想给您错误的答复。您可以换个说法，或者选择下面的常见问题。",
        "Sorry, I'm not sure about that and I'd rather not guess. Could you put it another way, or pick one of the topics below?");

    public static string Clarify(ShopLanguage l, string first, string second) => T(l,
        $"我想确认一下：您是想问「{first}」，还是「{second}」？",
        $"Just to be sure: do you mean \"{first}\" or \"{second}\"?");

    public static string AskOrderNumber(ShopLanguage l) => T(l,
        "好的，请告诉我订单号（6位数字）。如果您没有登录，还需要下单手机号的后四位。",
        "Sure. Please send me the order number (6 digits); if you are not signed in, also the last 4 digits of the phone number on the order.");

    public static string RequestRecorded(ShopLanguage l, string what, int orderNo) => T(l,
        $"已为订单 {orderNo} 记录您的{what}请求，客服会按店铺规则处理；您也可以在订单页自行操作。",
        $"I've recorded your {what} request for order {orderNo}; our team will handle it under the shop's rules, or you can do it yourself on the order page.");

    public static string RequestName(ShopLanguage l, string intent) => intent switch
    {
        Intents.CancelOrder => T(l, "取消订单", "cancellation"),
        Intents.ChangeAddress => T(l, "修改地址", "address change"),
        _ => T(l, "退换货", "return"),
    };

    public static string AlreadyDispatched(ShopLanguage l) => T(l, "这个订单已经发货了。", "This order has already been dispatched. ");

    public static string RefusePromptInjection(ShopLanguage l) => T(l,
        "抱歉，我只能按店铺的规则为您服务，不能更改这些规则，也不能透露其他顾客的信息。请问有什么关于订单、发货、退换或商品的问题吗？",
        "Sorry, I can only help within the shop's rules; I can't change them or share anything about other shoppers. Is there something about an order, shipping, returns or our products I can help with?");

    public static string Suggestions(ShopLanguage l) => T(l, "为您挑选了几件热销好物：", "Here are a few popular picks for you:");

    public static string NoSuggestions(ShopLanguage l) => T(l,
        "抱歉，没有找到符合条件的商品，可以放宽预算或换个品类试试。",
        "Sorry, nothing matches that yet; try a higher budget or another kind of item.");

    public static string ThanksForRating(ShopLanguage l) => T(l, "感谢您的评价！祝您生活愉快～", "Thank you for your rating! Have a lovely day.");

    public static string IAmTheAssistant(ShopLanguage l) => T(l,
        "我是暖居英伦家居礼品店的智能客服（机器人）。需要真人服务时，随时说“转人工”就可以。",
        "I'm Hearth & Gift's shop assistant, a bot. Whenever you'd like a person, just say \"human\".");

    /// <summary>A one-line acknowledgement; the bot's handoff desk adds the queue or after-hours message.</summary>
    public static string HandoffAck(ShopLanguage l, string reason) => reason switch
    {
        HandoffReasons.Safety => T(l, "您的安全最重要！如有人受伤请先就医或拨打急救电话。我马上为您优先转接人工客服。", "Your safety comes first: if anyone is hurt, please get medical help first. I'm passing you to a person with priority."),
        HandoffReasons.Legal => T(l, "明白，这类问题需要由人工客服处理，我马上为您优先转接。", "Understood. This needs a person, and I'm passing you to one with priority."),
        HandoffReasons.AngryOrComplaint => T(l, "非常抱歉给您带来不好的体验，我马上请人工客服来处理。", "I'm very sorry about this experience. I'm bringing in a person to sort it out."),
        HandoffReasons.Compensation => T(l, "赔偿及超过¥200的索赔需要由人工客服决定，我马上为您转接。", "Compensation and claims above ¥200 are decided by a person, so I'm passing you to one now."),
        HandoffReasons.DamagedGoods => T(l, "很抱歉商品出现问题！请准备好商品照片，我马上为您转接人工客服处理。", "I'm sorry the item has a problem! Please have photos ready; I'm passing you to a person now."),
        HandoffReasons.StalledParcel => T(l, "物流长时间没有更新，我马上请人工客服向快递公司发起查询。", "The parcel hasn't moved for a while, so I'm passing you to a person who will open an inquiry with the carrier."),
        HandoffReasons.SpecialInvoice => T(l, "增值税专用发票需要由人工客服办理，我马上为您转接。", "Special VAT invoices are handled by a person, so I'm passing you to one now."),
        HandoffReasons.BotFailedTwice => T(l, "抱歉没能帮上忙，我请人工客服来为您解答。", "Sorry I couldn't help with that. Let me bring in a person."),
        _ => T(l, "好的，马上为您转接人工客服。", "Of course, I'm passing you to a person now."),
    };

    /// <summary>How each intent reads as a button, for clarifying questions and related help.</summary>
    public static string IntentButton(ShopLanguage l, string intent) => intent switch
    {
        Intents.OrderStatus => T(l, "查询订单物流", "Track my order"),
        Intents.CancelOrder => T(l, "取消订单", "Cancel an order"),
        Intents.ChangeAddress => T(l, "修改收货地址", "Change the delivery address"),
        Intents.ShippingPolicy => T(l, "发货和运费", "Shipping and fees"),
        Intents.ReturnPolicy => T(l, "退换货政策", "Return policy"),
        Intents.ReturnRequest => T(l, "申请退货", "Return an item"),
        Intents.RefundStatus => T(l, "退款进度", "Refund timing"),
        Intents.QualityIssue => T(l, "商品质量问题", "A problem with an item"),
        Intents.Invoice => T(l, "开发票", "Invoices"),
        Intents.Payment => T(l, "支付方式", "Payment methods"),
        Intents.CouponMembership => T(l, "优惠券和会员", "Coupons and membership"),
        Intents.PriceProtection => T(l, "价格保护", "Price protection"),
        Intents.ProductQuestion => T(l, "商品咨询", "About a product"),
        Intents.Recommendation => T(l, "推荐礼物", "Gift ideas"),
        Intents.HumanAgent or Intents.Complaint => T(l, "转人工", "Talk to a person"),
        _ => T(l, "其他问题", "Something else"),
    };
}
