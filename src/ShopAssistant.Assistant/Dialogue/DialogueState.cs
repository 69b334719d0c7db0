using System.Text.RegularExpressions;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>What this turn is about once the conversation so far is taken into account.</summary>
public sealed record TurnReading(MessageUnderstanding Understanding, ShopperSlots Slots, string SearchText, bool FollowUp)
{
    /// <summary>The script the follow-up most likely asks about, when it is among the best hits.</summary>
    public string? PreferredScript { get; init; }
}

/// <summary>
/// The conversation's topic and situation across turns. A message that only adds a slot to the last rule question
/// ("那广州呢", "and for Hainan?", "我是花呗付的") or asks a short elliptical question about it ("for how long?",
/// "手续费谁出") continues that question; a question about a rule that mentions an order or a payment goes to the rule;
/// when the intent model is unsure, the message's rule words decide. The situation (place, amount, days ago…) named
/// anywhere in the conversation stays known until the shopper names another.
/// </summary>
public static partial class DialogueState
{
    /// <summary>The rules a follow-up can continue, and whether a message's slots are ones that rule applies to.</summary>
    private static readonly Dictionary<string, Func<ShopperSlots, bool>> RuleSlots = new()
    {
        [Intents.ShippingPolicy] = s => s.Place is not null || s.Amount is not null || s.ClockTime is not null,
        [Intents.ReturnPolicy] = s => s.DaysAgo is not null || s.ItemKind is not null,
        [Intents.ReturnRequest] = s => s.DaysAgo is not null || s.ItemKind is not null,
        [Intents.QualityIssue] = s => s.DaysAgo is not null,
        [Intents.RefundStatus] = s => s.PaymentMethod is not null || s.NotDispatched,
        [Intents.Invoice] = s => s.DaysAgo is not null,
        [Intents.PriceProtection] = s => s.DaysAgo is not null,
        [Intents.CouponMembership] = s => s.Amount is not null,
        [Intents.Payment] = s => s.Amount is not null || s.PaymentMethod is not null,
        // Rules about an order's changes: no slot, but "发了以后呢" / "and after it's shipped?" continues them.
        [Intents.CancelOrder] = _ => false,
        // Service hours (H1/H2) answered: "and at 2am?" asks them for another time. A handoff is never remembered as a topic.
        [Intents.HumanAgent] = s => s.ClockTime is not null,
        [Intents.ChangeAddress] = _ => false,
        // Gift wrap, materials, sizes: "要钱吗" / "does that cost extra?" after the gift-wrap answer asks about gift wrap.
        [Intents.ProductQuestion] = _ => false,
    };

    /// <summary>What a rule's answer depends on beyond the slots: an item used or its tags cut (R1), a business buyer (I1), a first order or not (C1),
    /// whether the order has left (O1, S6), the day or time the agents' hours are asked for (H1). Words of another rule that saying so brings along ("it's already with the courier")
    /// are no new topic.</summary>
    private static readonly Dictionary<string, (Regex Says, string[] AlsoCued)> Conditions = new()
    {
        [Intents.ReturnPolicy] = (ComputedAnswer.ItemState(), []),
        [Intents.ReturnRequest] = (ComputedAnswer.ItemState(), []),
        [Intents.Invoice] = (BusinessBuyer(), []),
        [Intents.CouponMembership] = (OrderedBefore(), []),
        // "还没发货，要手续费吗": a fee for cancelling, not a Huabei question.
        [Intents.CancelOrder] = (DispatchState(), [Intents.ShippingPolicy, Intents.OrderStatus, Intents.Payment]),
        [Intents.ChangeAddress] = (DispatchState(), [Intents.ShippingPolicy, Intents.OrderStatus]),
        // "周末也有人吗", "even on bank holidays?" after the agents' hours (H1): the day asked about.
        [Intents.HumanAgent] = (Escalation.EscalationRules.AsksAboutServiceHours(), []),
    };

    /// <summary>Rules about the same thing: a follow-up on one may name the other.</summary>
    private static readonly Dictionary<string, string> Siblings = new()
    {
        [Intents.ReturnRequest] = Intents.ReturnPolicy,
        [Intents.ReturnPolicy] = Intents.ReturnRequest,
    };

    /// <summary>Intents whose answer needs a specific order; a rule question that merely mentions an order is not one.</summary>
    private static readonly HashSet<string> OrderLookups = [Intents.OrderStatus, Intents.CancelOrder, Intents.Payment];

    /// <summary>Below this the intent model is a guess, and the message's rule words decide.</summary>
    public const double UnsureBelow = 0.45;

    /// <summary>Below this the model's reading is noise ("xyzzy plugh"): it neither continues a topic nor starts one.</summary>
    private const double Guess = 0.2;

    /// <summary>A short message read as the same topic below this, without the topic's words, is not taken as a follow-up.</summary>
    private const double WeakFollowUp = 0.3;

    /// <summary>Below this, rule words that do not back the model's reading overrule it.</summary>
    private const double CuesOverrule = 0.6;

    /// <summary>From this likelihood the follow-up judge continues a topic the rules would leave.</summary>
    private const double JudgedFollowUp = 0.85;

    /// <summary>A follow-up the model reads as another topic with at least this confidence starts that topic.</summary>
    private const double SureOfNewTopic = 0.75;

    /// <summary>From this confidence the model's reading is sure: a complaint that asks nothing is a remark, not a guess at one, and a
    /// rule its own words back is the rule asked.</summary>
    public const double Sure = 0.9;

    public static bool IsRule(string intent) => RuleSlots.ContainsKey(intent);

    /// <param name="followUp">How likely the message continues a topic, by the follow-up judge (none: the rules alone).</param>
    public static TurnReading Read(MessageUnderstanding u, ConversationMemory memory, Func<string, double>? followUp = null)
    {
        var (intent, confidence) = Route(u);
        var slots = u.Slots;
        var known = slots.Over(memory.Slots?.ToSlots());

        // Dialogue state (issue class 2): a message that adds a slot to, or asks briefly about, the last rule question continues it.
        // The same topic again in a few words ("min spend?" after the coupon answer) is a follow-up too. Words the shop has never
        // seen ("xyzzy plugh") continue nothing, whatever the model guesses for them.
        if (memory.Topic is { } topic && !memory.JustClarified && !u.Unfamiliar && !AsksItsOwnRule(u, topic, intent, confidence)
            && ((intent == topic ? SameTopicAgain(u, topic, confidence) : ContinuesTopic(u, topic, intent, confidence))
                || memory.ConsecutiveFailures == 0 && followUp is not null && JudgedToFollow(followUp(topic), u, intent)))
        {
            // "what if the order had shipping insurance?" after a return request names the return rule it asks about.
            var followed = Siblings.TryGetValue(topic, out var sibling) && u.Topics.Contains(sibling) && !u.Topics.Contains(topic) ? sibling : topic;
            var continued = u with { Intent = followed, Confidence = Math.Max(confidence, 0.6) };
            // A follow-up with no rule word of its own ("for how long?") is most likely about the script just quoted.
            return new TurnReading(continued, known, $"{memory.TopicQuery} {u.NormalText}", true)
            {
                PreferredScript = u.Topics.Count == 0 ? memory.TopicScript : null,
            };
        }
        return new TurnReading(u with { Intent = intent, Confidence = confidence }, IsRule(intent) ? known : slots, u.NormalText, false);
    }

    /// <summary>
    /// A question that asks another rule, though it reads like a follow-up: one the model is sure of and its own words name
    /// ("我这单是信用卡付的" → "退款到信用卡一般要多久"), or one the model is all but certain of, even leaning on the conversation
    /// ("how long to Guizhou" → "if a price drops after I buy, do I get the difference"). Still follow-ups: a statement ("我是花呗付的"),
    /// a short question with only generic rule words ("how long will it take?"), the last rule's detail ("what if I paid with Huabei?"
    /// after the refund time) and a question about the answer itself ("how long after delivery can I ask?" after the invoice rule).
    /// </summary>
    private static bool AsksItsOwnRule(MessageUnderstanding u, string topic, string intent, double confidence) =>
        intent != topic && intent != Siblings.GetValueOrDefault(topic) && IsRule(intent) && AsksSomething().IsMatch(u.NormalText) && !Short(u.NormalText)
        && (u.Topics.Contains(intent) && confidence >= Sure && !Leans(u.NormalText)
            || confidence >= Certain && !AboutTheLastAnswer().IsMatch(u.NormalText)
                && !(RuleSlots.TryGetValue(topic, out var slotted) && slotted(u.Slots with { Amount = null })));

    /// <summary>A reading the model is all but certain of.</summary>
    private const double Certain = 0.98;

    /// <summary>
    /// A follow-up the rules missed, when the follow-up judge is sure the message continues the topic. The judge only adds:
    /// overruling the rules' "continues" lowered every development set, while its own "continues" from 0.85 finds elliptical
    /// turns no rule names. It leaves alone what the rules must see as they are: anger, a message a person should read, a
    /// complaint or request for a person, and a conversation whose last answer did not help.
    /// </summary>
    private static bool JudgedToFollow(double likelihood, MessageUnderstanding u, string intent) =>
        likelihood >= JudgedFollowUp && !u.Mood.SaysNotHelpful && u.Mood.Negativity == 0
            && u.HandoffLikelihood < 0.5 && intent is not (Intents.Complaint or Intents.HumanAgent);

    /// <summary>After the answer: remember the rule and the situation for the next turn.</summary>
    public static void Remember(ConversationMemory memory, TurnReading reading, string answeredIntent, string? script)
    {
        // A clarifying question answered nothing: the topic is whatever the shopper picks next.
        if (memory.JustClarified) return;
        memory.Slots = RememberedSlots.From(reading.Slots.Over(memory.Slots?.ToSlots()));
        if (answeredIntent is not (Intents.Greeting or Intents.Thanks or Intents.Goodbye or Intents.Other)) memory.LastIntent = answeredIntent;
        memory.TopicScript = IsRule(answeredIntent) ? script : null;
        if (IsRule(answeredIntent))
        {
            if (!reading.FollowUp || memory.Topic != answeredIntent) memory.TopicQuery = Cap(reading.Understanding.NormalText);
            memory.Topic = answeredIntent;
        }
        else if (answeredIntent is not (Intents.Greeting or Intents.Thanks or Intents.Other))
        {
            memory.Topic = null;
            memory.TopicQuery = null;
            memory.TopicScript = null;
        }
    }

    /// <summary>Routing (issue class 4) and the rule words' say when the model is unsure.</summary>
    private static (string Intent, double Confidence) Route(MessageUnderstanding u)
    {
        if (RuleQuestions.Asked(u) is { } asked) return (asked, Math.Max(u.Confidence, 0.6));
        var cues = u.Topics;
        var noOrderNumber = u.Entities.OrderNumbers.Count == 0;
        var ruleCue = cues.FirstOrDefault(c => c != Intents.OrderStatus && c != u.Intent);
        // "this order is ¥40, do I pay postage?" asks the shipping rule, not for an order look-up; "订单号123456，想补开发票"
        // asks the invoice rule even with its order number.
        // "订单568812是花呗付的，能分期免息吗" names its order (订单 reads as an order cue) but asks nothing about where it is.
        // "the tea towel in my order, can it go in the washing machine?", "my order hasn't shipped yet, any fee to cancel?" name an
        // order or its state, with or without its number.
        var onlyNamesTheOrder = cues.Contains(Intents.OrderStatus) && (!AsksWhereItIs().IsMatch(u.NormalText) || u.Slots.NotDispatched);
        // "我这单还没发货，现在取消需要手续费吗", "how can I cancel an order I paid for with Huabei?": a sure reading its own rule words
        // back is the rule asked, whatever other rule the message names on the way.
        var backedAndSure = u.Intent != Intents.OrderStatus && cues.Contains(u.Intent) && u.Confidence >= Sure;
        if (ruleCue is not null && !backedAndSure && (!cues.Contains(Intents.OrderStatus) || onlyNamesTheOrder)
            && (u.Intent == Intents.OrderStatus || (OrderLookups.Contains(u.Intent) && noOrderNumber)))
            return (ruleCue, Math.Max(u.Confidence, 0.6));
        // "I want a refund, the order hasn't shipped yet" asks R6, not where the order is.
        if (noOrderNumber && u.Intent is Intents.OrderStatus or Intents.ReturnRequest && ComputedAnswer.AsksRefundBeforeDispatch(u.Slots, u.NormalText))
            return (Intents.RefundStatus, Math.Max(u.Confidence, 0.6));
        // "南京的话第二天能到吗": a place and a delivery question is the delivery-time rule.
        if (u.Slots.Place is not null && noOrderNumber && DeliveryQuestion().IsMatch(u.NormalText) && (OrderLookups.Contains(u.Intent) || !IsRule(u.Intent)))
            return (Intents.ShippingPolicy, Math.Max(u.Confidence, 0.6));
        // "paid at 3:20pm, will it go out today?" asks when an order ships (S1), whatever else the model reads.
        if (u.Slots.ClockTime is not null && noOrderNumber && PaidOrOrdered().IsMatch(u.NormalText) && (OrderLookups.Contains(u.Intent) || u.Confidence < SureOfNewTopic))
            return (Intents.ShippingPolicy, Math.Max(u.Confidence, 0.6));
        // A calm message with rule words is a question about that rule, whatever mood the model reads into it; "how much is the
        // cancellation charge?" asks a rule too, not about a product, when it names no product.
        // A sure remark that asks nothing ("中通比顺丰慢好多啊") stays a remark: the rule its words name is not asked about.
        var remark = u.Intent == Intents.Complaint && u.Confidence >= Sure && !AsksSomething().IsMatch(u.NormalText);
        if ((u.Intent is Intents.Complaint or Intents.Other && u.Mood.Negativity == 0 && !remark
                || u.Intent == Intents.ProductQuestion && u.Entities.CategoryIds.Count == 0 && u.Entities.StockCodes.Count == 0)
            && cues.Count > 0 && cues[0] != Intents.OrderStatus)
            return (cues[0], Math.Max(u.Confidence, UnsureBelow));
        // The message's own rule words back the model's reading, or overrule a reading they do not back.
        if (cues.Contains(u.Intent)) return (u.Intent, Math.Max(u.Confidence, UnsureBelow));
        if (u.Confidence < CuesOverrule && cues.Count > 0) return (cues[0], UnsureBelow);
        return (u.Intent, u.Confidence);
    }

    /// <summary>
    /// The topic again in a few words ("min spend?"), or leaning on the last answer. A weak reading with none of the topic's
    /// words ("xyzzy plugh" barely read as the topic) is noise, not a follow-up.
    /// </summary>
    private static bool SameTopicAgain(MessageUnderstanding u, string topic, double confidence) =>
        confidence >= Guess && (Leans(u.NormalText)
            || (Short(u.NormalText) && (confidence >= WeakFollowUp || u.Topics.Contains(topic)))
            // "我现在花了800，还差多少" after the tiers: the rule's own slot, and no other rule's word.
            || (RuleSlots[topic](u.Slots) && u.Topics.All(c => c == topic || SlotTopic(c, u))));

    private static bool ContinuesTopic(MessageUnderstanding u, string topic, string intent, double confidence)
    {
        var cues = u.Topics;
        // "how long will it take?", "要多久呢": a question about the answer just given, whatever rule its words suggest.
        if (AboutTheLastAnswer().IsMatch(u.NormalText)) return true;
        // "我是金卡", "I'm a gold member" after a postage question: the tier is the postage rule's situation (C3).
        if (topic == Intents.ShippingPolicy && Short(u.NormalText) && ComputedAnswer.StatesTier(u.NormalText)) return true;
        // "what about if I'm in Tibet and spend 200?" leans on the delivery answer with a place only that rule uses: its other
        // words ("spend") start nothing new. An amount is no such slot: coupons, Huabei and postage all read one.
        if (Leans(u.NormalText) && RuleSlots[topic](u.Slots with { Amount = null })) return true;
        // Another rule named outright ("可以开发票吗" after a delivery question) starts that rule; its sibling continues it.
        var sibling = Siblings.GetValueOrDefault(topic);
        // "I've used it once though" after the return rule, "it's for my business" after the invoice one: the item's state or the
        // buyer the rule depends on.
        if (Conditions.TryGetValue(topic, out var condition) && condition.Says.IsMatch(u.NormalText)
            && cues.All(c => c == topic || c == sibling || SlotTopic(c, u) || condition.AlsoCued.Contains(c))
            && !Escalation.EscalationRules.NamesDamage(u.NormalText)) return true;
        // "it was delivered 9 days ago" after the return rule states the situation the rule is applied to (no question, no
        // damage, no other rule's word), whatever the model reads into it.
        if (RuleSlots[topic](u.Slots) && !u.NormalText.Contains('?') && !Asks().IsMatch(u.NormalText) && !Escalation.EscalationRules.NamesDamage(u.NormalText)
            && cues.All(c => c == topic || c == sibling || SlotTopic(c, u)))
            return true;
        if (!cues.Contains(topic) && cues.Any(c => !SlotTopic(c, u) && c != sibling)) return false;
        // "不用找客服了，我自己弄，就是想知道多少天内还能开": turning the person down, the shopper stays on the question.
        if (u.DeclinesPerson) return true;
        // "那…呢", "what about…", "and if…", "…ask for one?" lean on the last question; a short message may.
        var leans = Leans(u.NormalText);
        var elliptical = leans || Short(u.NormalText);
        if (RuleSlots[topic](u.Slots))
            return elliptical || confidence < SureOfNewTopic || !IsRule(intent) || SlotTopic(intent, u) || cues.Contains(topic);
        // "how long does it take?", "多久能到账" with no rule word of its own asks about the rule just answered.
        if (cues.Count == 0 && Short(u.NormalText) && Asks().IsMatch(u.NormalText)) return true;
        // No slot: only a short or elliptical question the model is not sure is about something else; "ok", "thanks",
        // "a person please" or "recommend something" are not questions about the rule.
        // "for a company?" after the invoice answer leans on it, unless the model is sure it is something new.
        // "over what period?", "till what time?" read as requests for suggestions by a model that has seen few such fragments: a
        // suggestion starts only with something to suggest (a kind of thing, a gift).
        var startsAnother = intent is Intents.Greeting or Intents.Goodbye or Intents.Thanks or Intents.HumanAgent or Intents.Complaint
            || intent == Intents.Recommendation && (u.Entities.CategoryIds.Count > 0 || GiftConversation.NamesAGift(u.NormalText) || Suggest().IsMatch(u.NormalText));
        if (startsAnother && confidence >= (leans ? SureOfNewTopic : 0.4) && !cues.Contains(topic)) return false;
        // A short message continues only when it reads as a rule question itself: gibberish ("xyzzy plugh") does not.
        return leans || (elliptical && (cues.Contains(topic) || (IsRule(intent) && confidence is >= Guess and < SureOfNewTopic)));
    }

    /// <summary>
    /// A cue that only names a slot's value (花呗 in "我是花呗付的", 杭州 in "那杭州呢") is no new topic; nor is an order named by
    /// its amount ("我是第一次买，订单是199" after the coupon answer) or leaning on the answer ("like on my second order?") when
    /// nothing asks where it is.
    /// </summary>
    private static bool SlotTopic(string cue, MessageUnderstanding u) =>
        (cue == Intents.Payment && u.Slots.PaymentMethod is not null) || (cue == Intents.ShippingPolicy && u.Slots.Place is not null)
        || (cue == Intents.OrderStatus && (u.Slots.Amount is not null || Leans(u.NormalText)) && u.Entities.OrderNumbers.Count == 0 && !AsksWhereItIs().IsMatch(u.NormalText));

    internal static bool Leans(string text) => Elliptical().IsMatch(text) || Anaphora().IsMatch(text);

    /// <summary>"for how long?", "手续费谁出": too short to be a question of its own (at most so many Han characters, or words).</summary>
    internal static bool Short(string text, int maxHan = 8, int maxWords = 5)
    {
        var han = text.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        return han > 0 ? han <= maxHan : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords;
    }

    private static string Cap(string text) => text.Length > 200 ? text[..200] : text;

    [GeneratedRegex(@"^\W*((ok|okay|oh|hmm+|right|alright|um+)\W+)?(那|那么|那要是|要是|如果|还有|另外|换成|and|so|then|what about|how about|what if|if|for|like|wat about|what abt|how bout|wbu)\b|^\W*(那|那么|要是|如果|还有)|呢\s*[?？]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Elliptical();

    [GeneratedRegex(@"\b(one|it|that|them|those)\s*[?？.!]*\s*$|\b(use|apply|stack|combine|redeem|claim) (it|them|that one)\b|^\W*(is|was|does|can|will|would) (it|that)\b|(这个|那个|这样|那样)(呢|吗|啊)?\s*[?？]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Anaphora();

    [GeneratedRegex(@"^\W*(and |so |then )?(for )?(how many (days|hours|weeks|months)|how long)( is that| is it| exactly)?\W*$|^\W*(ok |so |and )?(what do you need|what (info|information|details) do you need|what should i send|what do i (need to )?send)( from me)?\W*$|^\W*(那)?(需要|要)(我)?提供(什么|啥|哪些)(资料|信息|材料)?(呢|吗)?\W*$|^\W*(is it |so )?(from )?(the day|when) [\w' ]{1,25} or (from )?(the day |when )?[\w' ]{1,25}\?\s*$|^\W*(and |so )?how (long|many days|many weeks) after (the |i )?\w+( it)? (can|could|do|should|would) (i|we|you)\b[\w\s]{0,25}\W*$|^\W*(and |so |then )?(how (long|soon)|when)\s+(will|would|does|did|is|do|can)\s+(it|that|this|they)\b[\w\s]{0,12}[?？.!]*\s*$|^\W*(and |so )?(what'?s|what is|how much is) (the )?(minimum|min|limit|threshold|cut-?off|deadline)\W*$|^\W*(那|那么)?(大概|一般)?(要|需要)?(多久|多长时间|几天)(呢|啊|呀|吗)?\W*$|^\W*(那)?(最低|门槛|起步)(是)?多少(钱)?(呢|啊)?\W*$|^\W*(那|那么)?(该|要)?(怎么处理|怎么办|咋办|咋整)(呢|啊|呀)?\W*$|^\W*(so |and |ok,? )?(what (do|should|can) i do( now)?|what now|now what|how do i proceed)\W*$|^\W*(is it |counted |starting )?from (the )?\w+ or (from )?(the )?\w+\W*$|^\W*(是)?从.{1,6}还是(从)?.{1,6}(算|开始)(起)?(的)?(吗|呢)?\W*$|^\W*(是)?(从)?(下单|付款|支付|拍下|收到|收货|签收|发货|到货|确认收货|申请)(那天|当天|时|的时候|日)?还是(从)?(下单|付款|支付|拍下|收到|收货|签收|发货|到货|确认收货|申请)(那天|当天|时|的时候|日)?(算|开始)?(起)?(的)?(呢|啊|吗)?\W*$|^\W*(是)?从.{1,8}(那天|当天|日|时候)?(算|开始算?)(的)?(吗|呢)?\W*$|^\W*(is it |counted |starting )?from (the )?[\w ]{1,20} or (from )?(the )?[\w ]{1,20}\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AboutTheLastAnswer();

    [GeneratedRegex(@"^\W*(how (long|much|many|soon)|when|who pays|who covers|what does it cost|(till|until|by|from) (when|what time)|what time|over what|for what period|what period|how far back)\b|多久|几天|多长时间|什么时候|谁出|谁付|多少|免息吗|免费吗|要钱吗|收费吗|\b(is it free|any fees?|is there a fee)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Asks();

    [GeneratedRegex(@"付|下单|拍下|支付|\bpa(id|y|ying)\b|\border(ed|ing)?\b|\bcheck(ed|ing)? ?out\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PaidOrOrdered();

    [GeneratedRegex(@"几天|多久|多长时间|能到|送到|到货|寄到|发到|\b(how long|how many days|days|deliver(y|ed|s)?|arrive|get there|get (it|my|the)|reach|receive|takes?|ship(ping|ped|s)?|sen[dt])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DeliveryQuestion();

    [GeneratedRegex(@"物流|快递|到哪|哪了|发货了吗|发了吗|发出|状态|进度|签收|\b(where|track|tracking(?!\s*(no|number|num|code)\b)|status|shipped|dispatched|arrive[ds]?|deliver(ed|y)|sent)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AsksWhereItIs();

    [GeneratedRegex(@"推荐|介绍|有什么好|有啥好|\b(recommend|suggest|suggestions?|ideas?|show me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Suggest();

    [GeneratedRegex(@"公司|单位|企业|报销|抬头|税号|\b(business|company|firm|employer|expenses?|tax (id|number)|for work|my work)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BusinessBuyer();

    [GeneratedRegex(@"第一次(买|下单|购买|来|在你们)|头一次|首单|新(客|用户|顾客|人)|没(在你们这)?(买|下)过|老(客|客户|顾客|用户)|(买|下单|下)过|第二(单|次)|\b(first (time|order|purchase)|new customer|never (ordered|bought|shopped)|haven'?t (ordered|bought|shopped) (here |from you )?before|(ordered|bought|shopped) (from you |here |with you )?before|returning customer|second order|not my first)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OrderedBefore();

    [GeneratedRegex(@"已经?发货|发(出)?了|寄出|揽收|揽件|在路上|快递(小哥)?(已经)?(拿走|取走)|还没发|没发货|未发货|待发货|\b((already )?(shipped|dispatched|sent|posted)|with the (courier|carrier)|picked (it )?up|on (its|the) way|in transit|awaiting dispatch|not (yet )?(shipped|dispatched|sent)|hasn'?t (shipped|left|gone out))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DispatchState();

    /// <summary>A question of any kind: a question mark, a question word or particle, 请问, a choice ("发中通还是顺丰呀") or the A-not-A form ("能退不").</summary>
    [GeneratedRegex(@"[?？]|吗|多少|怎么|到哪|哪了|能不能|可不可以|是不是|几天|几点|(啥|什么)时候|多久|请问|还是.{1,8}(呀|啊|呢|吖)|(能|可以|会|要|有|是|行)[^，。,.!！\s]{0,12}(不|没|伐)\s*[?？~～]*\s*$|\b(can|how|what|when|where|why|will|do you|do i|does (it|that|this)|should i|is it|are you)\b\s+\w+\s+\w+", RegexOptions.IgnoreCase)]
    internal static partial Regex AsksSomething();
}
