using System.Text.RegularExpressions;
using ShopAssistant.Assistant.Escalation;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;
using ShopAssistant.Recommendations.Gifts;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>
/// How one message changes the gift conversation. A message that only refines ("cheaper", "换一批", "not candles",
/// "under 50 instead") or adds to the request keeps every earlier constraint it does not replace; a message that asks
/// for something new (another recipient, "something like X", a new kind of thing with a request of its own) starts
/// afresh. Exclusions add up; a new budget replaces the old one.
/// </summary>
public static partial class GiftConversation
{
    /// <summary>
    /// A recommendation turn: the intent model is fairly sure of it, the message asks for "something like X" or what goes
    /// with a named product, refines the list just shown, or asks for suggestions naming a recipient, an occasion, a kind
    /// of thing or a budget with no rule question in it. Never with an order number or a damage report.
    /// <paramref name="followsARule"/>: the dialogue state read the message as a follow-up to the last rule answer.
    /// </summary>
    public static bool IsGiftTurn(string text, MessageUnderstanding u, GiftRequest gift, ConversationMemory memory, bool followsARule)
    {
        gift = AsShopping(gift, u);
        if (u.Entities.OrderNumbers.Count > 0 || EscalationRules.ReportsDamage(text, u)) return false;
        var continues = Continues(memory);
        // "整套四百多块呢，你看怎么弄" after cups were reported missing is the claim's sum, not a budget.
        if (memory.DamageReported && !continues && !gift.AsksForSuggestions) return false;
        // "no it's fine, i don't need anything, just feedback": feedback asks for nothing ("anything" is no exclusion), outside a list.
        if (!continues && JustFeedback().IsMatch(text)) return false;
        if (LeansOnTheRule(text, gift, memory, followsARule)) return false;
        // "are your agents in on Christmas day" after a list of mugs asks about the desk, not for Christmas gifts.
        if (TheDesk().IsMatch(text) && !NamesAGift(text)) return false;
        // "wat about 6ish" after the dispatch-time answer continues that rule: an amount in a follow-up is no budget unless the
        // message names a gift, a kind of thing or something to leave out, asks for suggestions, or follows a list.
        if (followsARule && !continues && !NamesAGift(text) && gift is { CategoryIds.Count: 0, LeavesOut: false, AsksForSuggestions: false }) return false;
        // "cushion cover feels a bit thin, you get what you pay for i guess": a remark on a product, asking for nothing.
        // "金属材质的不太喜欢": a dislike that names what to leave out is an exclusion, not a remark.
        // "预算八十左右 上下浮动点没关系", "250+ is fine": a budget stated is a request, however relaxed its words.
        if (!continues && EscalationRules.MildRemark().IsMatch(text) && !gift.AsksForSuggestions && !gift.LeavesOut
            && !RecommendationFilterParser.StatesABudget(u.NormalText)) return false;
        // "it was a wedding present and the wedding's over": a gift already bought, not one to choose.
        if (!continues && PastGift().IsMatch(text)) return false;
        // "thank you so much, the scarf is gorgeous and my sister loves it": thanks for what came (the lexicon's thank-you
        // occasion and a recipient), unless something is asked for beside them.
        if (!continues && Thanks().IsMatch(text) && !Availability().IsMatch(text) && !Wishes().IsMatch(text) && !RecommendationFilterParser.StatesABudget(u.NormalText)) return false;
        // The model's reading decides, unless the message asks a rule ("东西大概150块，运费多少，几天能到" after a gift for Kashgar)
        // or is sarcastic.
        if (u.Intent == Intents.Recommendation && u.Confidence >= 0.3 && !RuleAsked(u) && !EscalationRules.IsSarcastic(text)) return true;
        if (NamesTheShopOnly(text, gift)) return false;
        // "I want to return the jumbo bag red retrospot", "我给妈妈买的生日礼物到哪了": an order first.
        if (OrderWords().IsMatch(text)) return false;
        // Right after a list: "cheaper ones?" (read as price protection), "还有别的吗", "不要杯子" refine it.
        if (continues && !RuleAsked(u) && (gift.OnlyRefines || gift.GoesWith is not null || (gift.SaysSomething && u.Topics.Count == 0))) return true;
        // A fresh request: not when the model is fairly sure of another reading, unless it is one a request for suggestions
        // is often mistaken for; no rule question in it ("给同事买的杯子能开发票吗" asks the invoice rule); nothing angry.
        var sureOfOther = Mistakable(u.Intent) ? u.Confidence >= SureOfMistakable
            : u.Confidence >= (u.Intent is Intents.Complaint or Intents.QualityIssue or Intents.ReturnRequest or Intents.HumanAgent or Intents.RefundStatus ? Guess : UnsureOfOther);
        // "something like <a product>" names the product it is like: the model often reads a product name as a complaint about it.
        if (gift.SimilarTo is not null || gift.GoesWith is { Length: > 0 }) return true;
        // "nothing glass, it's getting posted to my gran", "给男同事买 粉色的千万别": what to leave out, for someone or beside an ask.
        // An ask here is a thing, a gift or "do you have": a question mark alone ("I do not know how to check my purchase?") is none.
        if (gift.LeavesOut
            && (gift.Recipient is not null || gift.CategoryIds.Count > 0 || NamesAGift(text) || Availability().IsMatch(text))
            && u.Topics.Count == 0 && u.Mood.AngryWords == 0 && !EscalationRules.IsSarcastic(text)) return true;
        // "fairy lights or lanterns for the patio", "卧室用的台灯": a kind of thing for a room or a use is a shopping list.
        if (gift.CategoryIds.Count > 0 && ForAPlace().IsMatch(text) && u.Topics.Count == 0 && u.Mood.Negativity == 0) return true;
        // "looking to spend about ¥200", "whats good around 120": a budget with a shopper's frame round it, and nothing about an order.
        // A spend reads as a coupon cue; any other rule cue ("and can you gift wrap them") is answered beside the list instead.
        if ((gift.MaxPriceRmb is not null || gift.MinPriceRmb is not null) && SpendsABudget().IsMatch(text) && u.Mood.Negativity == 0
            && u.Topics.All(t => t == Intents.CouponMembership) && !RuleQuestions.AboutTheProduct(u.NormalText)) return true;
        if (DescribesANeed(text, u, gift)) return true;
        if (!followsARule && JudgedShopping(text, u, continues)) return true;
        if (sureOfOther) return false;
        // Any rule cue (a price question, gift wrap, delivery…) leaves the message to the rules: "有没有50元以下的杯子？" reads as a
        // product question to shoppers' sets too.
        if (u.Mood.Negativity > 0 || u.Topics.Count > 0) return false;
        // "my gf's bday next week, around 150": who and what for say it, whatever else the model guessed.
        if (gift.Recipient is not null && (gift.Occasion is not null || NamesAGift(text))) return true;
        // "想要家居摆件": a kind of thing asked for.
        if (gift.AsksForSuggestions && gift.CategoryIds.Count > 0) return true;
        // "给朋友挑个包", "a gift for mum, about ¥100": who it is for and what, or a gift word with who, when or how much.
        if (gift.Recipient is not null && gift.CategoryIds.Count > 0) return true;
        if (NamesAGift(text) && (gift.Recipient is not null || gift.Occasion is not null || gift.MaxPriceRmb is not null || gift.MinPriceRmb is not null)) return true;
        // "不超过80的 送朋友的": who it is for and how much is a gift request without the word.
        if (gift.Recipient is not null && (gift.MaxPriceRmb is not null || gift.MinPriceRmb is not null) && ForSomeone().IsMatch(text)) return true;
        return gift.AsksForSuggestions && (gift.Recipient is not null || gift.Occasion is not null || gift.CategoryIds.Count > 0
            || gift.MaxPriceRmb is not null || gift.MinPriceRmb is not null || gift.ExcludedWords.Count > 0 || gift.StyleWords.Count > 0);
    }

    /// <summary>
    /// "with a card?" after the gift-wrap answer, "what hours?" after the agents' days: a follow-up to the rule just answered,
    /// though a list was shown beside it. Only a refinement, a gift or an ask for things turns back to the list.
    /// </summary>
    private static bool LeansOnTheRule(string text, GiftRequest gift, ConversationMemory memory, bool followsARule) =>
        followsARule && memory.LastIntent != Intents.Recommendation && !gift.OnlyRefines && gift.SimilarTo is null && gift.GoesWith is null
        && !NamesAGift(text) && !Suggestions().IsMatch(text) && !Availability().IsMatch(text);

    /// <summary>From this likelihood the shopping judge's reading of a message as wanting products is trusted.</summary>
    public const double JudgedShops = 0.8;

    /// <summary>
    /// A need the rules above missed, told as a story ("送我爸的 他啥都不缺", "Mum bakes every weekend and her cake stand
    /// cracked"): the shopping judge, when it is sure, on a fresh message with no rule cue in it but a spend (one with a rule
    /// cue <see cref="Shops"/>: the rule is answered and the list shown beside it).
    /// </summary>
    private static bool JudgedShopping(string text, MessageUnderstanding u, bool continues) =>
        !continues && u.Topics.All(t => t == Intents.CouponMembership) && !CouponWords().IsMatch(text) && JudgedToShop(text, u);

    /// <summary>
    /// The shopping judge is sure, and nothing in the message is angry. Both judges read stories: "my grandad potters about
    /// in his greenhouse all day and turns 80 next month" is a case for a person to one and a need to the other; the intent
    /// model decides, and only a sure reading of a grievance keeps the case for a person (complaint 0.41 against quality 0.36
    /// for the grandad is a tie between two grievances, not a reading).
    /// </summary>
    private static bool JudgedToShop(string text, MessageUnderstanding u) =>
        u.ShoppingLikelihood >= JudgedShops && u.Mood.AngryWords == 0 && u.Mood.Negativity == 0 && !EscalationRules.IsSarcastic(text)
        && (u.HandoffLikelihood < EscalationRules.JudgedSure
            || !(u.Intent is Intents.Complaint or Intents.QualityIssue or Intents.ReturnRequest or Intents.HumanAgent or Intents.RefundStatus && u.Confidence >= SureOfGrievance));

    /// <summary>
    /// A kind read only from the catalogue's names ("box", "bottle", "table") names a thing to shop for only when the shopping
    /// judge leans that way: "I threw out the box before checking the size" is about a parcel.
    /// </summary>
    private static GiftRequest AsShopping(GiftRequest gift, MessageUnderstanding u) =>
        gift.KindsFromNamesOnly && u.ShoppingLikelihood < KindsNeedJudge ? gift with { CategoryIds = [], ThingWords = [] } : gift;

    private const double KindsNeedJudge = 0.5;

    /// <summary>
    /// A need described rather than asked for: "my sister just moved into her first flat, budget around 150", "不超过八十块
    /// 越精致越好", "办公室想放几个马克杯 可爱点的", "trying to go plastic-free so nothing plastic pls". What a list is built
    /// from (a stated budget, who it is for, the occasion, a kind of thing, a style, what to leave out): two of them, or one
    /// with a wish or a stated budget, and nothing about an order, a rule, a product's details or a grievance. The model's
    /// other readings of such messages are guesses (a budget reads as a coupon question, a wish as a return); only a sure one
    /// of something else wins.
    /// </summary>
    private static bool DescribesANeed(string text, MessageUnderstanding u, GiftRequest gift)
    {
        var stated = RecommendationFilterParser.StatesABudget(u.NormalText);
        var facts = (stated ? 1 : 0) + (gift.Recipient is null ? 0 : 1) + (gift.Occasion is null ? 0 : 1) + (gift.CategoryIds.Count > 0 ? 1 : 0)
            + (gift.StyleWords.Count > 0 ? 1 : 0) + (gift.LeavesOut ? 1 : 0);
        var wished = stated || Wishes().IsMatch(text) || (gift.LeavesOut && gift.AsksForSuggestions);
        if (facts == 0 || !(facts >= 2 || wished)) return false;
        // A spend reads as a coupon cue ("I'd rather spend at least 120"); a coupon named is a coupon question.
        // A rule's word in a statement ("快递过来容易碎 玻璃的一律不要") is the reason for a wish, not a question about the rule.
        var ruleCue = u.Topics.Any(t => t != Intents.CouponMembership || CouponWords().IsMatch(text)) && RuleQuestion().IsMatch(u.NormalText);
        var sureOfOther = u.Intent != Intents.Recommendation
            && u.Confidence >= (u.Intent is Intents.Complaint or Intents.QualityIssue or Intents.RefundStatus or Intents.HumanAgent ? SureOfGrievance : SureOfNeedOther);
        // Amounts and times that are no budget: a year's spend ("spent about 2500 this year"), a clock time ("around 7pm"),
        // a basket topped up ("what if I top it up to 320?").
        var notABudget = u.Slots.ClockTime is not null || SpentOrToppedUp().IsMatch(text);
        // A story the handoff judge reads as a case for a person ("抱枕里藏了根针，我老公后背扎出血了") names a thing and a person
        // too, but wishes for nothing and states no budget.
        return !ruleCue && !sureOfOther && !notABudget && (wished || u.HandoffLikelihood < EscalationRules.JudgedSure) && u.Mood.AngryWords == 0 && !EscalationRules.IsSarcastic(text) && !Came().IsMatch(text)
            && !RuleQuestions.AboutTheProduct(u.NormalText) && !NotShopping().IsMatch(text) && !WhichOne().IsMatch(text);
    }

    /// <summary>
    /// A rule named and asked about: a postage or delivery question, a return, a refund, an invoice, a payment, gift wrap, a
    /// price drop in its own words ("cheaper ones?" refines a list; "降了15块，能补吗" asks for the difference). A spend is no
    /// coupon question.
    /// </summary>
    private static bool RuleAsked(MessageUnderstanding u) => RuleAskedBeside(u) is not null;

    /// <summary>The rule a shopping request also asks ("能用花呗分期吗？想挑个两百多的礼物" → payment), answered before the list.</summary>
    public static string? RuleAskedBeside(MessageUnderstanding u) =>
        !RuleQuestion().IsMatch(u.NormalText) ? null
        : u.Topics.FirstOrDefault(t => t is Intents.ShippingPolicy or Intents.ReturnPolicy or Intents.RefundStatus or Intents.Invoice or Intents.Payment or Intents.ProductQuestion
            || t == Intents.PriceProtection && PriceDrop().IsMatch(u.NormalText));

    [GeneratedRegex(@"降价|降了|差价|价保|保价|\bprice (drop|dropped|fell|protection|difference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceDrop();

    [GeneratedRegex(@"多少|几天|多久|吗|能不能|可以|怎么|[?？]|\b(how|what|when|can|do|does|is|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleQuestion();

    /// <summary>Above this the model's reading of a described need as something else is trusted (order_status 0.70 for a grandad's garden was not).</summary>
    private const double SureOfNeedOther = 0.8;

    /// <summary>A grievance or a request for a person (complaint, defect, refund, agent) is trusted from here: a need is no place to miss one.</summary>
    private const double SureOfGrievance = 0.5;

    [GeneratedRegex(@"消费|累计|买了(大概|差不多|将近|快|有)?[\d一二两三四五六七八九十百千万]|花了|凑到|加到|补到|凑够|\b(spent|spend(ing)? so far|(top(ped)?|bump(ed)?|bring|push(ed)?) (it|the order|my order|the basket|the total|that) up|my purchase)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpentOrToppedUp();

    /// <summary>A question between two ("圣诞花环是真松枝还是塑料的", "is it real pine or plastic"): about a product, not a list.</summary>
    [GeneratedRegex(@"是.{1,10}还是|\bis it .{1,20} or\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOne();

    [GeneratedRegex(@"谢谢|感谢|多谢|\b(thanks|thank you|ty|cheers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    /// <summary>A wish for something: "想换几个新抱枕", "thinking a mirror would help", "bit obsessed with vintage-looking stuff".</summary>
    [GeneratedRegex(@"想(要|买|找|换几|换个新|换点新|整|放|添|挑|送|给|带|做|弄|布置|装饰)|要好几个|(之类|这类|那类)的(东西)?\s*$|(之类|这类|那类)的(东西)?\s|打算(买|送|给)|准备(买|送|给)|需要(几|一|些|点)|\b(want(ing)? (a|an|some|to (get|buy|find))|looking for|thinking (of |about )?(a|an|some|getting)|thinking .{0,20}would (help|be nice|work)|would love|need (a|an|some)|i'?m after|in the market for|obsessed with|really into|after something)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wishes();

    [GeneratedRegex(@"券|优惠|折扣|会员|积分|满减|\b(coupons?|vouchers?|discounts?|promo|members?(hip)?|points|tiers?|gold|silver)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouponWords();

    /// <summary>"请问是暖居英伦家居礼品店吗": the shop's own name has 家居 and 礼品 in it, and asks for nothing.</summary>
    private static bool NamesTheShopOnly(string text, GiftRequest gift) =>
        ShopName().IsMatch(text) && gift is { Recipient: null, MaxPriceRmb: null, MinPriceRmb: null, SimilarTo: null, Occasion: null };

    /// <summary>The last reply showed a list this message may refine.</summary>
    public static bool Continues(ConversationMemory memory) =>
        memory.Gift is { } gift && (memory.LastIntent == Intents.Recommendation || gift.ListedLastTurn);

    /// <summary>
    /// A message that shops besides whatever else it asks: "马克杯 40以内", "any umbrellas", "能用花呗吗？想挑个两百多的礼物",
    /// "do you have presents in the 40-70 range? and can you gift wrap them". It names a kind of thing with a budget or an
    /// ask, or a gift with who it is for, what for or how much; nothing about an order, a return or a damaged item, and no
    /// question about one product's material, size or wrapping.
    /// </summary>
    public static bool Shops(string text, MessageUnderstanding u, GiftRequest gift, ConversationMemory? memory = null, bool followsARule = false)
    {
        gift = AsShopping(gift, u);
        if (memory is not null && LeansOnTheRule(text, gift, memory, followsARule)) return false;
        if (u.Entities.OrderNumbers.Count > 0 || EscalationRules.ReportsDamage(text, u) || OrderWords().IsMatch(text) || Came().IsMatch(text)
            || RuleQuestions.AboutTheProduct(u.NormalText) && !NamesAGift(text) || EscalationRules.MildRemark().IsMatch(text) && !gift.AsksForSuggestions
            || NamesTheShopOnly(text, gift) || u.Mood.Negativity > 0 || EscalationRules.IsSarcastic(text)) return false;
        // "预算150封顶哈 顺便问下你们是发顺丰吗": a request the rules miss, asked beside a rule.
        if (JudgedToShop(text, u)) return true;
        var budget = gift.MaxPriceRmb is not null || gift.MinPriceRmb is not null;
        // "any mugs?", "有没有…": asked for; a question mark alone ("did anyone think about this?") is not.
        var asks = Availability().IsMatch(text);
        if (NamesAGift(GiftShop().Replace(text, " "))) return gift.Recipient is not null || gift.Occasion is not null || budget || asks || gift.AsksForSuggestions;
        // "whats good around 120", "what do you get a colleague who's leaving? 60 rmb max": a budget and an ask, no rule.
        if (budget && asks && gift.CategoryIds.Count == 0 && u.Topics.Count == 0 && !NotShopping().IsMatch(text)) return true;
        // A basket, a bank card or a coaster added to reach free shipping names a thing but shops for none.
        // "马克杯 40以内", "any umbrellas": a kind of thing and little else is a shopping list.
        return gift.CategoryIds.Count > 0 && !NotShopping().IsMatch(text) && (asks || DialogueState.Short(text, maxHan: 6, maxWords: 3)) && u.Topics.Count == 0;
    }

    [GeneratedRegex(@"\b(it was|that was|this was|they were) (meant (to be |as )|supposed to be |bought as )?(a|an|my|her|his|our|their) [\w' -]{0,20}(gift|present|pressie)\b|本来是.{0,8}礼物|本来(要|想|打算)送|原本(是|要).{0,8}(礼物|送)", RegexOptions.IgnoreCase)]
    private static partial Regex PastGift();

    /// <summary>"wedding gift came 6 days late": a gift already bought.</summary>
    [GeneratedRegex(@"迟到|晚到|来晚|送晚|\b(came|late|delayed|missed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Came();

    [GeneratedRegex(@"礼品店|\bgift (shop|store)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GiftShop();

    [GeneratedRegex(@"银行卡|信用卡|储蓄卡|借记卡|购物车|凑单|\b(bank|credit|debit|gift) cards?\b|\b(basket|cart|trolley)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotShopping();

    [GeneratedRegex(@"客服|人工|\b(agents?|customer service|support team|humans?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheDesk();

    [GeneratedRegex(@"推荐|有什么好|有啥好|送什么|送啥|\b(recommend|suggest|suggestions?|ideas?|show me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Suggestions();

    [GeneratedRegex(@"只是反馈|反馈一下而已|就是反馈一下|\bjust (some )?feedback\b|\bjust letting you know\b", RegexOptions.IgnoreCase)]
    private static partial Regex JustFeedback();

    [GeneratedRegex(@"有没有|有吗|有木有|有么|有嘛|有啥|还有|卖不卖|有卖|想要|想买|想找|\b(need (a|an|some|a couple of|a few)|looking for|i'?m after|i want (a|an|some)|i'?d like (a|an|some)|any|do (you|u|ya) (have|sell|stock|do)|got any|have you got|what (else )?(have you got|do you have|could i get|would you get|do you get|should i get)|ideas?|options)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Availability();

    [GeneratedRegex(@"(放|摆|挂)(在)?(客厅|卧室|厨房|阳台|花园|院子|书房|桌上|门口|墙上)|(客厅|卧室|厨房|阳台|花园|院子|书房|办公室|宿舍)(里)?(用|放|摆)的|\bfor (the|my|a|our) (patio|garden|balcony|kitchen|bedroom|living room|lounge|bathroom|office|desk|hallway|porch|wall|table|dorm|flat|nursery)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForAPlace();

    [GeneratedRegex(@"想花|打算花|能花|可以花|愿意花|预算(是|大概|在|有)?|\b((i|we) can spend|happy to spend|willing to spend|able to spend|looking to spend|want to spend|wanna spend|planning to spend|hoping to spend|my budget('?s| is)?|in the \S+ (rmb |yuan |kuai )?range|what'?s good (around|under|for|at)|whats good (around|under|for|at))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpendsABudget();

    [GeneratedRegex(@"送(给)?[^，,。.!！?？\s]{0,4}(的|用)|\bfor (my|a|her|his|our|the) \w+", RegexOptions.IgnoreCase)]
    private static partial Regex ForSomeone();

    /// <summary>Words of an order or a return; 退休 (retired) is neither.</summary>
    [GeneratedRegex(@"订单|单号|快递|物流|发货|到哪|到了吗|收到|退(?!休)|换货|调换|售后|降价|差价|\b(orders?|ordered|bought|parcel|package|refund|return(ed|ing)?|exchange|swap|replace(ment)?|deliver(y|ed)|shipped|tracking|arrived?|where is|price drop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderWords();

    /// <summary>"礼物", "gift", "secret santa": the message is about a gift.</summary>
    public static bool NamesAGift(string text) => GiftWord().IsMatch(text);

    /// <summary>
    /// Readings a request for suggestions is often mistaken for ("100元以上的包包有吗" as a product question), when the model is
    /// not very sure of them; any reading below <see cref="UnsureOfOther"/>.
    /// </summary>
    private static bool Mistakable(string intent) => intent is Intents.Other or Intents.Greeting or Intents.Thanks or Intents.ProductQuestion;

    /// <summary>Below this the model's reading of a request for suggestions with a shelf or budget is not trusted over it.</summary>
    private const double UnsureOfOther = 0.45;

    /// <summary>A product question or small talk this sure ("这个圣诞装饰是什么材质的") is one.</summary>
    private const double SureOfMistakable = 0.7;

    /// <summary>Below this any reading is a guess (the offline policy would ask which of two was meant).</summary>
    private const double Guess = 0.3;

    [GeneratedRegex(@"暖居英伦|家居礼品店|\bhearth (&|and) gift\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShopName();

    [GeneratedRegex(@"礼物|礼品|送给|送人|\b(gifts?|presents?|pressies?|secret santa|stocking fillers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GiftWord();

    /// <summary>The state after this message; <paramref name="continues"/>: the last answer was a list this message may refine.</summary>
    public static GiftState Next(GiftState? current, GiftRequest said, bool continues)
    {
        var fresh = current is null || !continues || StartsAfresh(current, said);
        var state = fresh ? new GiftState { Shown = current?.Shown ?? [] } : Copy(current!);
        state.FreshOnly = said.Others;
        if (said.CategoryIds.Count > 0) (state.CategoryIds, state.ThingWords) = ([.. said.CategoryIds], [.. said.ThingWords]);
        if (said.MinPriceRmb is not null || said.MaxPriceRmb is not null)
            (state.MinPriceRmb, state.MaxPriceRmb, state.Below) = (said.MinPriceRmb, said.MaxPriceRmb, null);
        // "like X but cheaper": below X.
        if (said.Cheaper && said.SimilarPriceRmb is { } likePrice && said.MaxPriceRmb is null) state.Below = likePrice - 0.1m;
        else if (said.Cheaper && continues && current?.LastDearest is { } dearest && said.MaxPriceRmb is null)
        {
            // Strictly below the dearest card just shown (prices are in tenths of a yuan).
            state.Below = dearest - 0.1m;
            if (state.MinPriceRmb > state.Below) state.MinPriceRmb = null;
        }
        if (said.Recipient is not null) state.Recipient = said.Recipient;
        if (said.Occasion is not null) state.Occasion = said.Occasion;
        if (said.StyleWords.Count > 0) state.StyleWords = [.. said.StyleWords];
        foreach (var shelf in said.ExcludedCategoryIds) if (!state.ExcludedCategoryIds.Contains(shelf)) state.ExcludedCategoryIds.Add(shelf);
        foreach (var word in said.ExcludedWords) if (!state.ExcludedWords.Contains(word)) state.ExcludedWords.Add(word);
        // A shelf asked for now is no longer left out ("no candles" … later "ok show me candles").
        state.ExcludedCategoryIds.RemoveAll(said.CategoryIds.Contains);
        state.CategoryIds.RemoveAll(state.ExcludedCategoryIds.Contains);
        if (said.SimilarTo is not null) (state.SimilarTo, state.GoesWith) = (said.SimilarTo, null);
        if (said.GoesWith is not null)
        {
            var with = said.GoesWith.Length > 0 ? said.GoesWith : current?.LastShown.FirstOrDefault();
            (state.GoesWith, state.SimilarTo) = (with, null);
        }
        return state;
    }

    /// <summary>The filter for the list: shelves, budget, exclusions, and (for "换一批") everything shown before.</summary>
    public static RecommendationFilter Filter(GiftState state) =>
        new(null, state.Below is { } below ? Math.Min(below, state.MaxPriceRmb ?? below) : state.MaxPriceRmb, state.MinPriceRmb)
        {
            CategoryIds = state.CategoryIds,
            ExcludedCategoryIds = state.ExcludedCategoryIds,
            ExcludedWords = state.ExcludedWords,
            ExcludedStockCodes = [.. state.FreshOnly ? state.Shown : [], .. new[] { state.SimilarTo, state.GoesWith }.OfType<string>()],
        };

    /// <summary>What was just shown, for the next refinement.</summary>
    public static void Shown(GiftState state, IReadOnlyList<(string StockCode, decimal Price)> cards)
    {
        state.LastShown = cards.Select(c => c.StockCode).ToList();
        state.LastDearest = cards.Count > 0 ? cards.Max(c => c.Price) : state.LastDearest;
        foreach (var card in cards) if (!state.Shown.Contains(card.StockCode)) state.Shown.Add(card.StockCode);
        state.FreshOnly = false;
    }

    private static bool StartsAfresh(GiftState current, GiftRequest said)
    {
        if (said.OnlyRefines) return false;
        if (said.SimilarTo is not null && said.SimilarTo != current.SimilarTo) return true;
        if (said.GoesWith is not null) return false;
        if (said.Recipient is not null && current.Recipient is not null && said.Recipient != current.Recipient) return true;
        // "now something for my dad": a new recipient with a request of its own.
        // "nothing glass pls, i have a toddler": what to leave out, with the reason, refines the list.
        if (said.Recipient is not null && current.Recipient is null && said.AsksForSuggestions && !said.LeavesOut) return true;
        // A new kind of thing asked for in a full request ("推荐几个杯子") is a new search; "mugs then?" narrows this one.
        return said.CategoryIds.Count > 0 && said.AsksForSuggestions && !said.CategoryIds.SequenceEqual(current.CategoryIds)
            && current.SimilarTo is null && current.GoesWith is null && (said.MaxPriceRmb is not null || said.Recipient is not null || said.Occasion is not null);
    }

    private static GiftState Copy(GiftState s) => new()
    {
        CategoryIds = [.. s.CategoryIds], ThingWords = [.. s.ThingWords], Below = s.Below, MinPriceRmb = s.MinPriceRmb, MaxPriceRmb = s.MaxPriceRmb, Recipient = s.Recipient, Occasion = s.Occasion,
        StyleWords = [.. s.StyleWords], ExcludedCategoryIds = [.. s.ExcludedCategoryIds], ExcludedWords = [.. s.ExcludedWords],
        SimilarTo = s.SimilarTo, GoesWith = s.GoesWith, Shown = [.. s.Shown], LastShown = [.. s.LastShown], LastDearest = s.LastDearest,
    };
}
