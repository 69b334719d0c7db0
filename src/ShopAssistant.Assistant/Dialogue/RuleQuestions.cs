using System.Text.RegularExpressions;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>
/// Routing (issue class 4) by what a question asks, where the intent model reads the words around it: "刚付完款的订单 一般多久会发出来"
/// asks the dispatch rule, not where one order is; "the candle in my order, what kind of wax is it" asks about the product;
/// "the lid was missing, how many days do I have to report it" asks the return window; "can it be exchanged?" asks whether,
/// which the return rule answers (a request to set one up is another matter).
/// </summary>
internal static partial class RuleQuestions
{
    /// <summary>The rule the message asks about when its phrasing says so against the model's reading, or null.</summary>
    public static string? Asked(MessageUnderstanding u)
    {
        var text = u.NormalText;
        var intent = u.Intent;
        if (intent is Intents.OrderStatus or Intents.CancelOrder && GeneralDispatch().IsMatch(text)) return Intents.ShippingPolicy;
        // "what if it arrives broken?", "万一收到是碎的咋办": the rule for damage on arrival, asked before anything arrived.
        // The model's reading of it is often a weak one, of any rule; a product question or a request for suggestions is left alone.
        if (intent is not (Intents.ProductQuestion or Intents.Recommendation or Intents.HumanAgent) && AsksWhatIfDamaged(text)) return Intents.ReturnPolicy;
        if (intent is Intents.OrderStatus or Intents.ShippingPolicy or Intents.ChangeAddress or Intents.ReturnPolicy or Intents.Complaint && ReportingWindow().IsMatch(text))
            return Intents.ReturnPolicy;
        if (intent == Intents.PriceProtection && Postage().IsMatch(text) && !PriceDrop().IsMatch(text)) return Intents.ShippingPolicy;
        // "I want to send back a cushion, who pays postage?": the postage of a return is the return rule's (R3).
        if (intent == Intents.ShippingPolicy && u.Topics.Contains(Intents.ReturnPolicy) && Postage().IsMatch(text)) return Intents.ReturnPolicy;
        if (intent is Intents.OrderStatus or Intents.Other or Intents.ChangeAddress or Intents.Payment
            && AboutTheProduct(text)) return Intents.ProductQuestion;
        // Kept when the model already reads it so: "我是银行卡付的" beside it is no payment question.
        if (intent is Intents.ShippingPolicy or Intents.OrderStatus or Intents.CancelOrder or Intents.Payment or Intents.RefundStatus && RefundTiming().IsMatch(text))
            return Intents.RefundStatus;
        // "收到第三天不想要了，能退不": an order that has arrived is returned, not cancelled.
        if (intent is Intents.CancelOrder or Intents.ReturnPolicy && AsksWhetherItCanGoBack().IsMatch(text) && Arrived().IsMatch(text)) return Intents.ReturnPolicy;
        // "这个有没有大一号的", "can i buy just the lid": what the shop sells, not a return.
        if (intent is Intents.ReturnRequest or Intents.QualityIssue or Intents.Recommendation && SoldHere().IsMatch(text)) return Intents.ProductQuestion;
        // "no update between monday and tuesday, should i be worried": the parcel, however the model reads the days.
        if (intent is Intents.ChangeAddress or Intents.QualityIssue or Intents.Other or Intents.Payment or Intents.ProductQuestion && TrackingUpdate().IsMatch(text))
            return Intents.OrderStatus;
        if (intent is Intents.ReturnRequest or Intents.ChangeAddress or Intents.QualityIssue && AsksWhetherItCanGoBack().IsMatch(text)
            && !SetsOneUp().IsMatch(text) && (intent != Intents.QualityIssue || !Escalation.EscalationRules.NamesDamage(text))) return Intents.ReturnPolicy;
        return null;
    }

    /// <summary>"万一收到是碎的咋办", "what if it arrives broken?": R4 asked before anything arrived.</summary>
    public static bool AsksWhatIfDamaged(string normalText) => DamageWhatIf().IsMatch(normalText) && !ItHappened().IsMatch(normalText);

    /// <summary>"质量问题的话多久内可以反馈", "how long do I have to report a defect?": R4's window, asked as a rule.</summary>
    public static bool AsksDefectWindow(string normalText) => ReportingWindow().IsMatch(normalText) && Defect().IsMatch(normalText);

    [GeneratedRegex(@"质量|瑕疵|坏|破|裂|碎|\b(defect(ive)?|faulty|damaged?|broken|crack(ed)?|quality)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Defect();

    /// <summary>A property of a product (material, size) or its gift wrap: no order look-up answers it.</summary>
    public static bool AboutTheProduct(string normalText) => ProductProperty().IsMatch(normalText) || GiftWrap().IsMatch(normalText);

    [GeneratedRegex(@"(一般|通常|正常|平时|承诺|规定)(情况下)?.{0,8}(多久|几天|多长时间|什么时候)(内|之内)?.{0,4}(发|寄出)|\b(usually|normally|generally|typically)\b.{0,30}\b(ship|dispatch|send)|\bhow (long|soon)\b.{0,25}\b(do|does) (you|it) (usually |normally |generally )?(take to )?(ship|dispatch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex GeneralDispatch();

    [GeneratedRegex(@"(万一|如果|要是|假如|假设|假使).{0,16}(碎|坏|破|裂|(?<!不)错|(?<!多)少|磕|摔)|\b(what if|what happens if|hypothetically|in case)\b.{0,40}\b(broken|damaged|cracked|smashed|chipped|wrong|missing|breaks?|smash(es)?)\b|\b(hypothetically|what if)\b.{0,40}\b(arrives?|turns? up|comes?)\b|^\W*(and |but |so )?if (it|they|the \w+|something|an item|my \w+) (turn(s|ed)? up|arrive[sd]?|came|comes|show(s|ed) up|gets? delivered|was delivered) (broken|damaged|cracked|smashed|chipped|faulty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DamageWhatIf();

    /// <summary>"'what if it arrives broken' well it has, and I've got photos": the what-if came true.</summary>
    [GeneratedRegex(@"\bwell,? it (has|did|is)\b|\b(and|but) (now )?it (has|did)\b|结果(真的?)?(碎|坏|破)|真的(碎|坏|破)了|果然", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ItHappened();

    [GeneratedRegex(@"有没有(大|小)一?号|(大|小)一号的|单(独)?买|单卖|\b(do you (do|have|make|sell) (it|this|these|them|one) in (a )?(bigger|smaller|larger|different)|comes? in (a )?(bigger|smaller|larger)|buy (just )?(the|a) (spare |replacement )?(lid|part|piece|handle|cup|saucer)|sold separately)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SoldHere();

    [GeneratedRegex(@"\b(no|last|latest) (tracking )?updates?\b|物流.{0,4}(没|没有)(更新|动)|最后一条物流|物流信息.{0,4}停", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TrackingUpdate();

    [GeneratedRegex(@"(多少天|几天|多久)(内|之内).{0,6}(反馈|申请|退|换|联系|售后|找你们)|(反馈|申请|退|换|售后).{0,6}(期限|时限)|\bhow (many days|long) (do i have|have i got) to (report|return|claim|exchange|send)|\bis it too late to (report|return|claim|exchange)|\bdeadline (to|for) (report|return|claim|exchang)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ReportingWindow();

    /// <summary>Postage named: "包邮吗", "do I pay shipping", "does the price include delivery".</summary>
    [GeneratedRegex(@"邮费|运费|包邮|免邮|\b(postage|shipping (fee|cost|charge)s?|delivery (fee|charge|cost)s?|free (shipping|delivery)|pay (for )?(shipping|delivery|postage)|include[sd]? (shipping|postage|delivery))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    public static partial Regex Postage();

    /// <summary>A price that went down: "降价了", "差价", "it's cheaper now", "on sale now".</summary>
    [GeneratedRegex(@"降价|差价|便宜了|价保|\b(cheaper|price (drop|dropped|went down|cut)|on sale now|reduced|price protection)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    public static partial Regex PriceDrop();

    [GeneratedRegex(@"(什么|啥)(材质|材料|做的|蜡)|多高|多大|多重|多宽|尺寸|尺码|放得下|\bwhat (kind|type|sort) of (wax|material|fabric|wood|glass|metal|cotton|ceramic)\b|\bmade (of|from)\b|\bhow (tall|big|heavy|wide|high) is\b|\bdimensions?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ProductProperty();

    [GeneratedRegex(@"礼品包装|包装成礼|贺卡|礼盒包装|\bgift[- ]?wrap|\bgreeting card", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex GiftWrap();

    [GeneratedRegex(@"退款.{0,6}(多久|几天|多长时间|什么时候)|(多久|几天).{0,4}(退款|到账)|钱.{0,3}(几天|多久|什么时候).{0,3}(回来|到账|退回)|\bhow (fast|long|soon|quickly)\b.{0,20}\brefund|\brefund\b.{0,20}\b(how (fast|long|soon)|take)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex RefundTiming();

    [GeneratedRegex(@"收到|到货|签收|到手|拆开|\b(delivered|arrived|received|got it|came)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Arrived();

    [GeneratedRegex(@"(能|可以|还能|可不可以)(退|换|退货|换货|退换)|(退|换)得了(吗|不)|\bcan (i|it|this|they|these|those|them) (still )?(be )?(return|exchang|swap)|\b(is|are) (a )?(return|exchange)s? (still )?(possible|allowed|ok)\b|\bcan i (still )?send (it|them) back\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AsksWhetherItCanGoBack();

    [GeneratedRegex(@"我要|帮我|想(退|换)|给我(退|换)|申请|怎么(退|换)|\b(i want|i'?d like|i need|please|help me|how (do|can|should) i|start|set up|arrange|money back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SetsOneUp();
}
