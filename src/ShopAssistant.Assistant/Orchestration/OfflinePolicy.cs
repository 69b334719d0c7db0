using System.Text.RegularExpressions;
using ShopAssistant.Assistant.Dialogue;
using ShopAssistant.Assistant.Escalation;
using ShopAssistant.Assistant.Plugins;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations.Gifts;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Intents;
using ShopAssistant.Knowledge;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// The default policy, no model: intent + entities + memory pick a plugin; the answer is the best service script
/// and/or live shop data. Deterministic and fast; also the fallback whenever the model's answer is not sent.
/// </summary>
internal sealed partial class OfflinePolicy(
    KnowledgePlugin knowledge, OrdersPlugin orders, RecommendationsPlugin recommendations, PolicyCalculator rules, TimeProvider clock)
{
    /// <summary>
    /// Answer first: only below this confidence, with the runner-up within <see cref="TiedWithin"/>, does the bot ask which of
    /// the two was meant (§8.2: one question, never twice in a row). Otherwise it answers the likeliest reading and offers
    /// the runner-up as a quick reply.
    /// </summary>
    public const double ClarifyBelow = 0.3;

    public const double TiedWithin = 0.08;

    /// <summary>Below this the model's guess is too weak to filter scripts by: retrieval over every script decides.</summary>
    public const double GuessBelow = 0.2;

    /// <summary>From this confidence the model's reading of a message of unknown words is kept.</summary>
    private const double SureOfUnfamiliar = 0.6;

    /// <summary>From this confidence in "other", with no shop word in the message, the message is not about the shop.</summary>
    public const double OffTopicFrom = 0.5;

    /// <summary>Under this confidence the runner-up reading is offered as the first quick reply.</summary>
    public const double OfferRunnerUpBelow = 0.6;

    /// <summary>Under this confidence a goodbye that also makes a remark is the remark.</summary>
    private const double SureGoodbye = 0.5;

    private static readonly HashSet<string> OrderIntents = [Intents.OrderStatus, Intents.CancelOrder, Intents.ChangeAddress, Intents.ReturnRequest];

    public async Task<PolicyAnswer> AnswerAsync(ServiceTurn turn, CancellationToken ct)
    {
        var answer = await AnswerTurnAsync(turn, ct);
        // A list shown beside another answer is refined by the next turn only ("cheaper?"), which has now been answered.
        if (turn.Memory.Gift is { } gift) gift.ListedLastTurn = false;
        // "蜡烛有木有" torn between a product question and a request for suggestions: the list answers both.
        var tornOverProducts = answer.Clarifying && turn.Understanding is { Intent: Intents.Recommendation or Intents.ProductQuestion, RunnerUpIntent: Intents.Recommendation or Intents.ProductQuestion };
        return answer.HandoffReason is null && (tornOverProducts || answer.Intent != Intents.Recommendation && !answer.Clarifying)
            && turn.Shops ? AlongsideTheList(turn, answer) : answer;
    }

    /// <summary>
    /// "能用花呗吗？想挑个两百多的礼物": the rule asked about is answered, and the list shown beside it. An answer to no rule the
    /// message names ("mugs &lt;30" read as the invoice rule, "any umbrellas" as membership, "not sure") gives way to the list;
    /// "有马克杯吗" stays a question about products, answered with them.
    /// </summary>
    private PolicyAnswer AlongsideTheList(ServiceTurn turn, PolicyAnswer answer)
    {
        var list = Recommend(turn, turn.Gift);
        if (turn.Products.Count == 0) return answer;
        turn.Memory.Gift!.ListedLastTurn = true;
        var u = turn.Understanding;
        // A gift-wrap or material question is answered by its script; "有马克杯吗" read as a product question is not.
        var noAnswer = answer.Unsure || answer.Clarifying || answer.Intent is Intents.Other or Intents.Greeting
            || answer.Intent == Intents.ProductQuestion && !RuleQuestions.AboutTheProduct(u.NormalText)
            || (u.Confidence < DialogueState.UnsureBelow && !u.Topics.Contains(answer.Intent) && turn.Reading is not { FollowUp: true });
        if (!noAnswer) return answer with { Text = answer.Text + "\n" + list.Text };
        return answer.Intent is Intents.ProductQuestion or Intents.Other && !answer.Clarifying ? list with { Intent = answer.Intent } : list;
    }

    private async Task<PolicyAnswer> AnswerTurnAsync(ServiceTurn turn, CancellationToken ct)
    {
        var u = turn.Understanding;
        var l = turn.Language;
        var memory = turn.Memory;
        var text = turn.Text;
        if (text.Length == 0 || !text.Any(char.IsLetterOrDigit))
            return new PolicyAnswer(ReplyTexts.Empty(l), Intents.Other, 0, ReplyTexts.Starters(l)) { Clarifying = true };

        if (EscalationRules.IsPresencePing(text)) return Welcome(memory, l, Math.Max(u.Confidence, 0.6));
        var asks = DialogueState.AsksSomething().IsMatch(text);
        // "不用转人工了，谢谢", "nah it's fine, I don't need a person": say that no one is called, and stay on the shopper's subject.
        if (u.DeclinesPerson && !asks && !WantsSomething().IsMatch(text) && u.Topics.Count == 0)
            return new PolicyAnswer(ReplyTexts.NoPersonThen(l), DeclinedPerson.Thanks(text) ? Intents.Thanks : EscalationRules.TopicOf(memory) ?? u.Intent,
                u.Confidence, ReplyTexts.Starters(l));
        // "you explained that really well", "比上次那家店的客服强多了": praise for the bot, thanked, about nothing else.
        if (EscalationRules.Compliments().IsMatch(text) && !DeclinedPerson.Thanks(text) && !asks && !WantsSomething().IsMatch(text) && u.Topics.Count == 0)
            return new PolicyAnswer(ReplyTexts.ThanksForKindWords(l), Intents.Other, u.Confidence, ReplyTexts.Starters(l));
        if (PromptInjection().IsMatch(text))
            return new PolicyAnswer(ReplyTexts.RefusePromptInjection(l), Intents.Other, u.Confidence, ReplyTexts.Starters(l));
        // "can you check my friend's order" → "her phone ends in 2230": the details that follow are still someone else's.
        var othersOrder = OtherShoppersData().IsMatch(text)
            || (memory.OthersOrderAsked || memory.PendingIntent is not null || memory.LastIntent == Intents.OrderStatus || OrderOrPhone().IsMatch(text))
                && OthersDetails().IsMatch(text);
        memory.OthersOrderAsked = othersOrder;
        if (othersOrder)
            return await ScriptOrNotSure(turn, await knowledge.ScriptAsync(turn, "order-privacy", Intents.OrderStatus, "privacy other shopper order 隐私 别人的订单", ct), Intents.OrderStatus);
        // Collecting in person, wholesale, a physical shop: the handbook says nothing, so no script may answer it (a wholesale
        // quantity read as a coupon amount would promise what the shop never said).
        if (OutsideTheHandbook().IsMatch(text) && u.Topics.Count == 0 && u.Entities.OrderNumbers.Count == 0)
            return new PolicyAnswer(ReplyTexts.NotSure(l), Intents.Other, u.Confidence, ReplyTexts.Starters(l)) { Unsure = true };
        // The gift conversation (issue 13 item 3): a request for suggestions, or a refinement of the list just shown
        // ("cheaper", "换一批", "not candles"), whatever the intent model read; before the offer rule, which reads
        // "送我妈礼物" as asking for a free gift.
        var gift = turn.Gift;
        if (turn.IsGiftTurn) return Recommend(turn, gift);
        if (DemandsOffer().IsMatch(text))
            return await ScriptOrNotSure(turn, await knowledge.ScriptAsync(turn, "no-invented-offers", Intents.CouponMembership, "discount code promo code free gift 优惠码 赠品", ct), Intents.CouponMembership);

        // A mild remark ("包装有点简单了，下次注意下就好", "shipping was a bit slow, just fyi") is feedback: thanked and
        // recorded, not escalated and not answered with a policy (issue class 7: the bot says what it does).
        // "下单页面有点难找备注在哪，建议改改": a suggestion is feedback whatever the model read it as, even when it names where.
        var suggests = Suggests().IsMatch(text);
        if ((EscalationRules.MildRemark().IsMatch(text) || EscalationRules.NothingWrongInside().IsMatch(text)) && (suggests || !asks)
            && !WantsSomething().IsMatch(text) && u.Entities.OrderNumbers.Count == 0
            && (suggests || u.Intent is Intents.Complaint or Intents.ProductQuestion or Intents.QualityIssue or Intents.ShippingPolicy or Intents.OrderStatus
                or Intents.Other or Intents.HumanAgent or Intents.Greeting or Intents.ReturnRequest or Intents.Payment
                or Intents.ChangeAddress or Intents.ReturnPolicy or Intents.RefundStatus
                // "好吧 还在路上 那我再等等" reads as a goodbye or thanks; a weak one, or one that waits on, is a remark on the
                // parcel, unless it thanks.
                || (u.Intent is Intents.Goodbye or Intents.Thanks && !DeclinedPerson.Thanks(text) && (u.Confidence < SureGoodbye || StillWaiting().IsMatch(text)))
                // "fabric feels a bit cheap honestly" is no request for gifts; "something a bit cheaper for my mum" is.
                || (u.Intent == Intents.Recommendation && !AsksForSuggestions().IsMatch(text)))
            && await FeedbackAsync(turn, ct) is { } feedback)
            return feedback;
        if (EscalationRules.AsksAboutCompensation(text))
            return Solved(turn, ReplyTexts.CompensationRule(l), u.Intent is Intents.Other or Intents.HumanAgent ? Intents.Complaint : u.Intent);
        if (ServiceHoursQuestion(turn) && await knowledge.ScriptAsync(turn, "service-hours", Intents.HumanAgent, "人工客服 服务时间 service hours agents", ct) is { } hours)
        {
            // H1/H2 applied to the time the shopper names: a question about reaching a person, answered without handing over.
            var at = u.Slots.ClockTime is { } t ? ComputedAnswer.ServiceHours(t, l, rules) : null;
            return Solved(turn, Join(at, hours.Answer), Intents.HumanAgent);
        }
        // "how do I place an order?" asks how to buy, not about an order of theirs; "我是第一次买" after the coupon answer is the
        // coupon's situation.
        if (PlacesAnOrder().IsMatch(text) && u.Entities.OrderNumbers.Count == 0 && u.Intent != Intents.Recommendation && turn.Reading is not { FollowUp: true }
            && !u.Topics.Any(t => t != Intents.OrderStatus)
            && await knowledge.ScriptAsync(turn, "how-to-order", Intents.Other, "how to order 下单", ct) is { } howTo)
            return Solved(turn, howTo.Answer, Intents.Other);
        if (await OrderAnswerAsync(turn, ct) is { } orderAnswer) return orderAnswer;

        var intent = u.Intent;
        // A shopping request that also asks a rule, read as the request: the rule is answered, and the list shown beside it.
        if (intent == Intents.Recommendation && turn.Shops && GiftConversation.RuleAskedBeside(u) is { } besideTheList) intent = besideTheList;
        var clarified = memory.JustClarified;
        memory.JustClarified = false;
        // Words the shop has never seen ("xyzzy plugh") give the model letters alone to read: only a sure reading stands.
        if (u.Confidence < ClarifyBelow || u.Unfamiliar && u.Confidence < SureOfUnfamiliar)
        {
            string first = ReplyTexts.IntentButton(l, intent), second = ReplyTexts.IntentButton(l, u.RunnerUpIntent);
            // Gibberish ("xyzzy plugh") has no reading to offer: only a message with some evidence gets a clarifying question.
            var tied = u.Confidence - u.RunnerUpConfidence < TiedWithin && (u.Confidence >= GuessBelow || u.Topics.Count > 0) && !u.Unfamiliar;
            // "三期是免息的不" after the Huabei answer: of two tied readings, the one the conversation is about.
            if (tied && memory.Topic is { } topic && (topic == intent || topic == u.RunnerUpIntent)) (intent, tied) = (topic, false);
            if (tied && !clarified && Clarifiable(intent) && Clarifiable(u.RunnerUpIntent) && first != second)
            {
                memory.JustClarified = true;
                return new PolicyAnswer(ReplyTexts.Clarify(l, first, second), intent, u.Confidence, [first, second]) { Clarifying = true };
            }
            // A weak guess at small talk ("xyzzy" → goodbye) must not close the conversation, and a very weak guess at a
            // topic must not filter the scripts: retrieval over every script decides.
            if (!Clarifiable(intent) || u.Confidence < GuessBelow || u.Unfamiliar) intent = Intents.Other;
        }

        // The escalation rules already looked at this message and kept it: a complaint or a request for a person read
        // now is a weak reading, and answering it with a script that hands over would hand over after all. Praise the sarcasm
        // rule found sincere ("真是谢谢你们了，没想到这么快就到了") is the thanks the model reads second.
        if (intent is Intents.Complaint or Intents.HumanAgent)
        {
            // A sure reading of a remark that asks nothing ("中通比顺丰慢好多啊", "the lavender one is a bit strong for my bedroom")
            // is feedback in words no remark pattern lists: thanked and recorded, as the remarks above are. Right after a rule's
            // answer it is more likely about that answer ("my coupon isn't working" → "i tried three times").
            if (intent == Intents.Complaint && u.Confidence >= DialogueState.Sure && memory.Topic is null
                && !asks && !WantsSomething().IsMatch(text)
                && await FeedbackAsync(turn, ct) is { } remark)
                return remark;
            // "有点小失望，想问下一般怎么处理" after a defect was reported asks how that defect is put right.
            intent = u.RunnerUpIntent == Intents.Thanks && EscalationRules.SincerePraise(text) ? Intents.Thanks
                : memory.DamageReported && asks ? Intents.QualityIssue : Intents.Other;
        }

        // After a damage report, "who pays the postage for the exchange?" is asked under R4 (the shop pays both ways), not R3.
        if (memory.DamageReported && intent is Intents.ReturnPolicy or Intents.ReturnRequest or Intents.ShippingPolicy && PostageOrExchange().IsMatch(text))
            intent = Intents.QualityIssue;
        // "能快点发吗", "could you ship it sooner?" chase the shopper's own order (催发货), not the dispatch rule.
        if (intent == Intents.ShippingPolicy && ChasesTheOrder().IsMatch(text)) intent = Intents.OrderStatus;
        // "金卡买60块要邮费吗" asks the postage of an order (C3 gives Gold free shipping); "金卡包邮吗", without one, asks what the tier brings.
        if (intent == Intents.CouponMembership && RuleQuestions.Postage().IsMatch(text) && !AsksDiscount().IsMatch(text) && u.Entities.AmountsRmb.Count > 0)
            intent = Intents.ShippingPolicy;

        // A what-if about damage, or the window for reporting a defect, gets R4 said as a rule (no apology: nothing is reported),
        // chosen here rather than retrieved: retrieval would offer it to any return question with "days" and "delivery" in it.
        // "how long do I have to report it?" after it continues the what-if.
        if (intent == Intents.ReturnPolicy && (RuleQuestions.AsksWhatIfDamaged(u.NormalText) || RuleQuestions.AsksDefectWindow(u.NormalText)
            || (turn.Reading is { FollowUp: true } && RuleQuestions.AsksWhatIfDamaged(memory.TopicQuery ?? "") && !NoReasonReturn().IsMatch(text) && u.Slots.DaysAgo is null)))
            return Solved(turn, ReplyTexts.DamageOnArrival(l), Intents.ReturnPolicy);

        if (AreYouABot().IsMatch(text))
            return new PolicyAnswer(ReplyTexts.IAmTheAssistant(l), intent, u.Confidence, [ReplyTexts.IntentButton(l, Intents.HumanAgent)]);

        switch (intent)
        {
            case Intents.Greeting:
                return Welcome(memory, l, u.Confidence);
            case Intents.Recommendation:
                return Recommend(turn, gift);
            case Intents.Goodbye:
            case Intents.Thanks:
                // The rating itself is read and recorded by the bot before the next turn reaches a policy.
                memory.RatingAsked = true;
                // The closing scripts by name: "好的明白了" shares no word with them, and a search by the shopper's words found
                // nothing, leaving "thanks for your rating" to close a conversation nobody had rated.
                var closing = await knowledge.ScriptAsync(turn, "goodbye", Intents.Goodbye, "再见 评价 goodbye rating", ct);
                var said = intent == Intents.Thanks && await knowledge.ScriptAsync(turn, "thanks", Intents.Thanks, "谢谢 thanks", ct) is { } thanks
                    ? thanks.Answer + "\n" + closing?.Answer
                    : closing?.Answer ?? ReplyTexts.ThanksForRating(l);
                return new PolicyAnswer(said.Trim(), intent, u.Confidence, ["1", "2", "3", "4", "5"]);
            case Intents.Other when u.Confidence >= OffTopicFrom && u.Topics.Count == 0 && u.Entities.CategoryIds.Count == 0 && u.Entities.StockCodes.Count == 0:
                // Chit-chat and questions about something else get a friendly pointer, not a random policy script.
                // It is no answer to what they wanted, so it counts towards H3.3's two failures like "not sure".
                return new PolicyAnswer(ReplyTexts.OffTopic(l), intent, u.Confidence, ReplyTexts.Starters(l)) { Unsure = true };
            default:
                var hit = intent == Intents.Other ? null : await knowledge.BestAsync(turn, intent, ct);
                hit ??= await knowledge.BestAsync(turn, null, ct, AnswersAStrayQuestion);
                // A script found without the intent's help tells what the question was about.
                if (intent == Intents.Other && hit is not null && hit.Intent is { Length: > 0 } found) intent = found;
                // A follow-up ("how long will it take?") is read with the question it follows ("not shipped yet, refund?").
                var asked = turn.Reading is { FollowUp: true } ? turn.SearchText : u.NormalText;
                var computed = ComputedAnswer.For(intent, turn.Slots, asked, l, rules, BeijingTime.Of(clock.GetUtcNow()));
                var answer = await ScriptOrNotSure(turn, hit, intent, computed);
                return OfferRunnerUp(answer, u, l);
        }
    }

    /// <summary>A remark thanked and recorded (the feedback script), filed under what it is about.</summary>
    private async Task<PolicyAnswer?> FeedbackAsync(ServiceTurn turn, CancellationToken ct) =>
        await knowledge.ScriptAsync(turn, "feedback", Intents.Complaint, "feedback 反馈 建议", ct) is { } feedback
            ? new PolicyAnswer(feedback.Answer, RemarkSubject(turn.Text, turn.Understanding, turn.Memory), turn.Understanding.Confidence, ReplyTexts.Starters(turn.Language))
            : null;

    private static PolicyAnswer Welcome(ConversationMemory memory, ShopLanguage l, double confidence)
    {
        memory.Greeted = true;
        return new PolicyAnswer(ReplyTexts.Welcome(l), Intents.Greeting, confidence, ReplyTexts.Starters(l));
    }

    /// <summary>Answer first, and offer the second reading as the first quick reply when the first was not a sure one.</summary>
    private static PolicyAnswer OfferRunnerUp(PolicyAnswer answer, MessageUnderstanding u, ShopLanguage l)
    {
        if (answer.Unsure || u.Confidence >= OfferRunnerUpBelow || !Clarifiable(u.RunnerUpIntent) || u.RunnerUpIntent == answer.Intent) return answer;
        var runnerUp = ReplyTexts.IntentButton(l, u.RunnerUpIntent);
        return answer with { Actions = [runnerUp, .. answer.Actions.Where(a => a != runnerUp)] };
    }

    /// <summary>Order status and order requests, with the order number asked for once and remembered (slot filling).</summary>
    private async Task<PolicyAnswer?> OrderAnswerAsync(ServiceTurn turn, CancellationToken ct)
    {
        var u = turn.Understanding;
        var l = turn.Language;
        var memory = turn.Memory;
        int? orderNo = u.Entities.OrderNumbers.Count > 0 ? u.Entities.OrderNumbers[0]
            : OrderNumber().Match(turn.Text) is { Success: true } m ? int.Parse(m.Value) : null;
        var last4 = u.Entities.PhoneLast4
            ?? (memory.PendingOrderNo is not null && orderNo is null && FourDigits().Match(turn.Text) is { Success: true } d ? d.Value : null);
        if (orderNo is null && last4 is not null && memory.PendingOrderNo is { } pending) orderNo = pending;

        var named = OrderIntents.Contains(u.Intent) && u.Confidence >= 0.3 ? u.Intent : null;
        // "bought it 10 days ago, can I still return it?" asks the rule for a situation: the rule answers it.
        if (orderNo is null && named == Intents.ReturnRequest && (turn.Slots.DaysAgo is not null || turn.Slots.ItemKind is not null)) return null;
        // An unsure reading of a message about an order is an order question, unless it names a place or a rule ("how long to
        // reach suzhou for a parcel?" asks the delivery rule).
        if (named is null && u.Confidence < DialogueState.UnsureBelow && AsksAboutOrders().IsMatch(turn.Text) && !RuleQuestions.AboutTheProduct(u.NormalText)
            && turn.Slots.Place is null && !u.Topics.Any(t => t != Intents.OrderStatus)) named = Intents.OrderStatus;
        if (orderNo is null && named is null) return null;
        // "invoice for order 549162?", "when is my refund for 547310 back?": a rule question that names its order is answered
        // by the rule; no order look-up was asked for (routing, issue class 4).
        if (named is null && memory.PendingIntent is null && memory.PendingOrderNo is null && u.Confidence >= DialogueState.UnsureBelow
            && (u.Intent is not Intents.Payment || turn.Slots.PaymentMethod is not null) && DialogueState.IsRule(u.Intent)) return null;
        // A bare order number answers the question asked before ("cancel my order" → "536791"), even though it reads as order_status.
        var intent = memory.PendingIntent is { } asked && named is null or Intents.OrderStatus ? asked : named ?? Intents.OrderStatus;

        if (orderNo is null)
        {
            if (intent == Intents.OrderStatus && orders.Recent(turn) is { Outcome: Orders.OrderAccessOutcome.Granted } mine)
                return Solved(turn, mine.Text, intent);
            if (memory.LastOrderNo is { } remembered && intent != Intents.OrderStatus) orderNo = remembered;
            else if (memory.PendingIntent != intent)
            {
                memory.PendingIntent = intent;
                var rule = intent == Intents.OrderStatus ? null : await knowledge.BestAsync(turn, intent, ct);
                // "not shipped yet and I want my money back": R6 applies before the order is found.
                var computed = ComputedAnswer.For(intent, turn.Slots, u.NormalText, l, rules, BeijingTime.Of(clock.GetUtcNow()));
                return new PolicyAnswer(Join(Join(computed, rule?.Answer), ReplyTexts.AskOrderNumber(l)), intent, u.Confidence, []);
            }
            else
            {
                memory.PendingIntent = null;
                return await ScriptOrNotSure(turn, await knowledge.BestAsync(turn, intent, ct), intent);
            }
        }

        var answer = intent == Intents.OrderStatus
            ? orders.Status(turn, orderNo.Value, last4)
            : orders.Request(turn, intent, orderNo.Value, last4);
        if (answer.Outcome != Orders.OrderAccessOutcome.Granted)
        {
            memory.PendingIntent = answer.Outcome == Orders.OrderAccessOutcome.NeedsPhoneLast4 ? intent : null;
            return new PolicyAnswer(answer.Text, intent, Math.Max(u.Confidence, 0.5), []);
        }
        memory.PendingIntent = null;
        // A stalled parcel needs a person to open a carrier inquiry (S8).
        if (intent == Intents.OrderStatus) return Solved(turn, answer.Text, intent) with { HandoffReason = answer.HandoffReason };
        var script = await knowledge.BestAsync(turn, intent, ct);
        return Solved(turn, Join(answer.Text, script?.Answer), intent) with { HandoffReason = answer.HandoffReason };
    }

    private PolicyAnswer Recommend(ServiceTurn turn, GiftRequest said)
    {
        var u = turn.Understanding;
        var l = turn.Language;
        var memory = turn.Memory;
        var continues = GiftConversation.Continues(memory);
        var state = GiftConversation.Next(memory.Gift, said, continues);
        var cards = recommendations.SuggestGifts(turn, state, said.Cheaper && continues);
        GiftConversation.Shown(state, cards.Select(c => (c.StockCode, c.PriceRmb)).ToList());
        memory.Gift = state;
        if (cards.Count == 0) return NothingFits(turn, state);
        var lines = cards.Select(c => RecommendationsPlugin.Line(c, l));
        var intro = said.SaysSomething ? ReplyTexts.Say(l, "gift.suggestions") : ReplyTexts.Suggestions(l);
        return Solved(turn, intro + "\n" + string.Join("\n", lines), Intents.Recommendation) with { Confidence = Math.Max(u.Confidence, 0.6) };
    }

    /// <summary>Nothing meets every constraint: say so, never show what breaks one, and offer to relax one (budget first).</summary>
    private PolicyAnswer NothingFits(ServiceTurn turn, GiftState state)
    {
        var l = turn.Language;
        var zh = l == ShopLanguage.Zh;
        var catalogue = recommendations.Catalogue;
        var conditions = new List<string>();
        if (Plugins.GiftReasons.Budget(state, zh) is { } budget) conditions.Add(budget);
        conditions.AddRange(state.CategoryIds.Select(id => catalogue.FindCategory(id)?.Name(l)).OfType<string>());
        var ruledOut = state.ExcludedCategoryIds.Select(id => catalogue.FindCategory(id)?.Name(l)).OfType<string>().ToList();
        if (ruledOut.Count > 0) conditions.Add(ReplyTexts.Say(l, "gift.ruledOut", ("what", string.Join(zh ? "、" : ", ", ruledOut))));
        var (budgetFrom, anyShelf, withoutExclusions) = recommendations.Relaxations(state);
        var actions = new List<string>();
        string relax;
        if (budgetFrom is { } from)
        {
            var amount = Price.Format(Math.Ceiling(from));
            relax = ReplyTexts.Say(l, "gift.relax.budget", ("amount", amount));
            actions.Add(ReplyTexts.Say(l, "gift.button.budget", ("amount", amount)));
        }
        else if (anyShelf) relax = ReplyTexts.Say(l, "gift.relax.shelf");
        else if (withoutExclusions) relax = ReplyTexts.Say(l, "gift.relax.exclusion");
        else relax = ReplyTexts.Say(l, "gift.relax.any");
        var text = ReplyTexts.Say(l, "gift.none", ("conditions", string.Join(zh ? "，" : ", ", conditions)), ("relax", relax));
        return new PolicyAnswer(text, Intents.Recommendation, Math.Max(turn.Understanding.Confidence, 0.6), actions);
    }

    /// <summary>The script's answer, after the rule applied to the shopper's situation when there is one (issue class 3).</summary>
    private static Task<PolicyAnswer> ScriptOrNotSure(ServiceTurn turn, KnowledgeHit? hit, string intent, string? computed = null)
    {
        var l = turn.Language;
        if (hit is null && computed is null)
            return Task.FromResult(new PolicyAnswer(ReplyTexts.NotSure(l), intent, turn.Understanding.Confidence, ReplyTexts.Starters(l)) { Unsure = true });
        // A script that promises a person (its front matter names the handoff reason) is answered by handing over.
        return Task.FromResult(Solved(turn, Join(computed, hit?.Answer), intent) with { HandoffReason = hit?.HandoffReason });
    }

    /// <summary>§8.4: after solving, offer related help.</summary>
    private static PolicyAnswer Solved(ServiceTurn turn, string text, string intent)
    {
        var l = turn.Language;
        IReadOnlyList<string> related = intent switch
        {
            Intents.OrderStatus or Intents.CancelOrder or Intents.ChangeAddress => [ReplyTexts.IntentButton(l, Intents.ShippingPolicy), ReplyTexts.IntentButton(l, Intents.Recommendation)],
            Intents.Recommendation => [ReplyTexts.IntentButton(l, Intents.ShippingPolicy), ReplyTexts.IntentButton(l, Intents.CouponMembership)],
            Intents.ReturnPolicy or Intents.ReturnRequest or Intents.RefundStatus or Intents.QualityIssue => [ReplyTexts.IntentButton(l, Intents.RefundStatus), ReplyTexts.IntentButton(l, Intents.HumanAgent)],
            _ => [ReplyTexts.IntentButton(l, Intents.OrderStatus), ReplyTexts.IntentButton(l, Intents.Recommendation)],
        };
        return new PolicyAnswer(text, intent, turn.Understanding.Confidence, related);
    }

    /// <summary>A search without an intent may answer with a policy script, but not with small talk or a script that hands over.</summary>
    /// <remarks>The how-to-order script answers only "how do I place an order?" (PlacesAnOrder): retrieved for any stray
    /// question ("忘记密码了怎么办") it would answer what was not asked.</remarks>
    private static bool AnswersAStrayQuestion(KnowledgeHit hit) =>
        hit.Intent is not (Intents.Greeting or Intents.Goodbye or Intents.Thanks or Intents.Other) && hit.HandoffReason is null;

    /// <summary>"人工客服几点上班", "if I leave a message at midnight when will someone answer?": H1/H2, not a request for a person now.</summary>
    /// <remarks>"and if I write at 2am?" after the hours were answered continues that question.</remarks>
    private static bool ServiceHoursQuestion(ServiceTurn turn) =>
        AsksAfterAnAgent().IsMatch(turn.Text) || EscalationRules.AsksAboutTheWait().IsMatch(turn.Text)
        // "are your agents still around at 10pm?": a person asked about at a time the escalation rules did not hand over for.
        || (turn.Understanding.Intent == Intents.HumanAgent && turn.Understanding.Slots.ClockTime is not null)
        || (EscalationRules.AsksAboutServiceHours().IsMatch(turn.Text)
            && (PeopleAtWork().IsMatch(turn.Text) || turn.Understanding.Intent is Intents.HumanAgent)
            && turn.Understanding.Topics.Count == 0)
        || (turn.Reading is { FollowUp: true } && turn.Understanding.Intent == Intents.HumanAgent);

    /// <summary>
    /// What a mild remark is about: a flaw in the item ("瓶口有点毛边"), or anything said after a damage report ("算了，问题不大"),
    /// is the item; a dented box alone, a colour or a courier's manner ("包装有点朴素", "courier was a bit rude") is feedback on
    /// the service; "物流有点慢，我再等等" is the parcel and "ah, it's cheaper now, never mind" a price drop; a remark that names
    /// nothing ("好吧 那我再等等", "哎 算了 就是有点郁闷") stays on the parcel or price drop asked about.
    /// </summary>
    private static string RemarkSubject(string text, MessageUnderstanding u, ConversationMemory memory)
    {
        if ((OnlyTheBox().IsMatch(text) || EscalationRules.NothingWrongInside().IsMatch(text)) && !ItemFlaw().IsMatch(text)) return Intents.Complaint;
        // "refund was a bit slow but the agent was patient": the refund is the subject.
        if (RefundWords().IsMatch(text)) return Intents.RefundStatus;
        // "颜色比图片暗一丢丢，有点小失望": the colour, scent or fabric the shopper names is a remark, whatever the model reads.
        if (EscalationRules.NamesDamage(text) || ItemFlaw().IsMatch(text) || memory.DamageReported
            || (EscalationRules.ReportsDamage(text, u) && !NamesWhatDisappointed().IsMatch(text))) return Intents.QualityIssue;
        // "唉，还没到，再等等吧", "paid last night, not shipped yet, no rush": the shopper's own parcel, waited for calmly.
        if ((ParcelWords().IsMatch(text) || NotHereYet().IsMatch(text)) && StillWaiting().IsMatch(text)) return Intents.OrderStatus;
        if (RuleQuestions.PriceDrop().IsMatch(text)) return Intents.PriceProtection;
        var earlier = memory.Topic ?? memory.LastIntent;
        return earlier is Intents.OrderStatus or Intents.PriceProtection && !NamesWhatDisappointed().IsMatch(text) ? earlier : Intents.Complaint;
    }

    [GeneratedRegex(@"(外)?(包装|盒子|礼盒|纸盒|箱子|外箱|快递盒)(的|上)?(角|边|面)?(上)?(有点|有些|稍微)?.{0,3}(压|瘪|凹|破|皱|磕|湿|踩|脏|脚印)|\b(the |outer |shipping |gift )?(box|carton|packaging|parcel|package)\b.{0,20}\b(dented|dent|squashed|crushed|torn|bent|damaged|battered|scuff(ed)?|wet|footprint)\b|\b(dent|scuff|tear|footprint)s? (on|in) (the |my )?(outer |gift |shipping )?(box|carton|packaging)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyTheBox();

    [GeneratedRegex(@"毛边|毛刺|气泡|划痕|瑕疵|线头|开线|脱线|起球|掉色|\b(bubbles?|scratch(es|ed)?|loose threads?|frayed|pilling|snag(ged)?|chip(ped)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItemFlaw();

    [GeneratedRegex(@"包装|盒|快递员|快递小哥|态度|颜色|味道|香味|面料|质量|做工|慢|\b(box|packaging|courier|driver|colou?r|smell|scent|fabric|quality|shipping|slow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesWhatDisappointed();

    [GeneratedRegex(@"物流|快递|包裹|发货|发的货|\b(parcel|package|delivery|shipping|order|shipment|courier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParcelWords();

    [GeneratedRegex(@"还没(到|发|收到|动)|没发货|\bnot (here|arrived|shipped|dispatched|sent)( out)? yet\b|\b(hasn'?t|has not|haven'?t) (arrived|shipped|come|been (sent|shipped|dispatched))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHereYet();

    [GeneratedRegex(@"再等|等等|等几天|等两天|等一两天|耐心等|慢慢等|还在路上|还没到|晚点|晚了|晚到|迟到|不急|不着急|就问问|\b(late|delayed|another day|still waiting|taking (its|their) time|no rush|just checking|i'?ll wait|will wait|wait a (few|couple|bit)|on (its|the) way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillWaiting();


    [GeneratedRegex(@"建议(你们)?.{0,6}(改|优化|加|弄|调整)|希望(能|可以)?改进|改进一下|下(次|回)注意|\b(maybe (improve|fix|add|make)|improve (that|this|it)|suggestion|(be|more) careful next time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Suggests();

    [GeneratedRegex(@"退款|\b(refunds?|refunded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefundWords();

    [GeneratedRegex(@"推荐|(?<!才|再|会|来|派)送(?!货|到|达|件|来|的)|礼物|有没有|来点|找(个|点)|\b(something|anything|gifts?|presents?|recommend|suggest|ideas?|looking for|show me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForSuggestions();

    /// <summary>A remark that also asks for something ("有点小，我要换大一号") is that request, not feedback.</summary>
    [GeneratedRegex(@"想(换|退|要|申请|问)|我要|帮我|麻烦你|请帮|\b(i want|i'?d like|i would like|i need|please|pls|can i|could i|can you|could you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WantsSomething();

    [GeneratedRegex(@"运费|邮费|换货|换一个|换个新|寄回|退回|补发|\b(postage|shipping|send(ing)? (it )?back|return (it|postage|shipping)|exchange|replacement|replace)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostageOrExchange();

    [GeneratedRegex(@"快点发|早点发|尽快发|赶紧发|催(一下|下|促|催)?(发货|仓库|一催)|催单|我(的|滴|地)?(单子|订单|宝贝|东西|快递|包裹).{0,6}(啥时候|什么时候|何时|多久|几时)(能)?(发|到)|\b(has|have) my (order|parcel|package|stuff) (been|already been) (sent|shipped|dispatched)|\bdid my (order|parcel|package) (get )?(sent|shipped|dispatched|ship|go out)|\b(see|check) if my order\b|\b((ship|send|dispatch)( it| my order| my parcel| them| this| mine)? (any )?(sooner|faster|quicker|earlier)|speed (up )?my order|speed (it|things) up|rush (my|the) order|rush it|expedite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChasesTheOrder();


    [GeneratedRegex(@"折|优惠多少|便宜多少|省多少|实付|\b(discount|% off|percent off|how much (do i|would i|will i) (pay|save))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDiscount();

    private static bool Clarifiable(string intent) =>
        intent is not (Intents.Other or Intents.Greeting or Intents.Goodbye or Intents.Thanks);

    private static string Join(string? first, string? second) =>
        string.Join("\n", new[] { first, second }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>A return without a defect: "unused", "七天无理由", "changed my mind".</summary>
    [GeneratedRegex(@"无理由|不想要|没用过|未使用|吊牌|\b(unused|no reason|without a reason|no questions asked|changed? my mind|tags)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoReasonReturn();

    /// <summary>"小雨今天在吗？上次就是她帮我改的地址", "is Lily on shift today? she helped me last time": about one agent, not a request.</summary>
    [GeneratedRegex(@"(今天|现在|明天)(在吗|在不在|上班吗|值班吗).{0,20}(她|他)|\b(is|will) \w+ (be )?(on shift|on duty|working|in|around) (today|tomorrow)\b.{0,30}\b(she|he)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAfterAnAgent();

    [GeneratedRegex(@"人工|客服|有人|回复|回我|值班|\b(agents?|someone|anyone|somebody|customer service|support|staff|humans?|people|reps?|answer|reply|respond)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleAtWork();

    [GeneratedRegex(@"\b(place|make|start|complete|submit|put in) (a |an |my |the )?(new |bulk |first |second )?(order|purchase)\b|\bhow (do|can|would) (i|we) (buy|order|purchase|check ?out)\b|\bready to (buy|order|purchase)\b|\bordering process\b|\bhow (does )?ordering work|\bordering for the (1st|first) time\b|\bhelp me (to )?(order|buy)\b|\bplaceorder\b|怎么下单|如何下单|怎样下单|下单流程|怎么买|怎么购买|在哪(里)?下单|想下单|帮我下单|第一次(在你们家)?买", RegexOptions.IgnoreCase)]
    private static partial Regex PlacesAnOrder();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"\bare you (a |an )?(human|bot|robot|real|person|ai)\b|你是(不是)?(机器人|真人|人工|ai)|是机器人吗|是真人吗", RegexOptions.IgnoreCase)]
    private static partial Regex AreYouABot();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"订单|物流|快递|发货|到哪|单号|\border\b|\bparcel\b|\bpackage\b|\btrack", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutOrders();

    [GeneratedRegex(@"ignore (all |any |your |the |previous |prior )*(instructions|rules|prompt)|disregard (your|the|all) |system prompt|developer mode|jailbreak|you are now|pretend (to be|you are)|act as (an? )?(admin|developer|manager)|忽略(你的|之前的|以上|所有)?.{0,4}(指令|规则|设定|提示)|系统提示|你现在是|扮演|越狱", RegexOptions.IgnoreCase)]
    private static partial Regex PromptInjection();

    /// <summary>People whose orders are not the shopper's, in both patterns about someone else's order.</summary>
    private const string OthersEn = "friend|sister|brother|mum|mom|dad|wife|husband|neighbou?r|colleague|boyfriend|girlfriend|room ?mate|flatmate";
    private const string OthersZh = "朋友|同事|家人|室友|邻居|亲戚|我妈|我爸|老公|老婆|女朋友|男朋友|姐姐|妹妹|哥哥|弟弟";

    [GeneratedRegex(@"(other|another|someone else'?s?|every|all)\s+(customer|shopper|user|people)'?s?\b|customer\s*(id\s*)?#?\d{5}\b|\b(list|show|dump)\b.{0,20}\b(all|every)\b.{0,10}\borders?\b|别人的(订单|地址|电话|手机)|(" + OthersZh + @")的(订单|收货地址|地址|电话|手机号?|快递|物流|包裹)|\b(" + OthersEn + @")'?s\s+(order|delivery address|address|phone( number)?|parcel|package|tracking)\b|其他(顾客|客户|买家|用户)的|所有(订单|客户|顾客)|客户\s*\d{5}", RegexOptions.IgnoreCase)]
    private static partial Regex OtherShoppersData();

    /// <summary>Someone else's order details: "her phone ends in 2230", "it's my neighbour's", "是我朋友的".</summary>
    [GeneratedRegex(@"\b(her|his|their)\s+(phone (number|ends)|mobile|order|number|details|account)\b|\b(" + OthersEn + @")'s\s*([,.;!?]|$|order|parcel|phone number|number)|(是|帮)(我)?(" + OthersZh + @")(的|查)|(他|她)的(手机|电话|订单|尾号|单号)", RegexOptions.IgnoreCase)]
    private static partial Regex OthersDetails();

    [GeneratedRegex(@"订单|单号|手机|尾号|\b(order|phone|mobile)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderOrPhone();

    [GeneratedRegex(@"自提|上门取货|到店取|批发|批量采购|大批量|实体店|线下店|门店|专卖店|加盟|代理|招聘|\b(pick (it |them )?up (in person|myself|from you)|collect (it |them )?(in person|myself)|in-person pickup|wholesale|bulk (order|price|discount)s?|physical (store|shop)|brick and mortar|franchise|reseller|are you hiring|job openings?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideTheHandbook();

    [GeneratedRegex(@"(give|send) me (a |an |some )?(free |extra )?(coupon|discount|promo|voucher|gift)|coupon code|promo code|discount code|voucher code|(送|给)我.{0,4}(优惠券|券|红包|赠品|礼物|优惠码)|优惠码|券码|免单|白送", RegexOptions.IgnoreCase)]
    private static partial Regex DemandsOffer();
}
