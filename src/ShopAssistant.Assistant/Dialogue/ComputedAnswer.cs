using System.Globalization;
using System.Text.RegularExpressions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>
/// The rule applied to the shopper's own situation, said first ("我在杭州几天能到" → 1–2 days; "¥130 basket, new-customer
/// coupon?" → not yet, ¥20 short): the service script with the whole rule follows it. Numbers come from the policy
/// calculator only, so a computed answer can never state what the handbook does not.
/// </summary>
public static partial class ComputedAnswer
{
    public static string? For(string intent, ShopperSlots slots, string normalText, ShopLanguage language, PolicyCalculator rules, DateTimeOffset beijingNow)
    {
        var zh = language == ShopLanguage.Zh;
        var parts = intent switch
        {
            Intents.ShippingPolicy => Shipping(slots, normalText, zh, rules, beijingNow),
            Intents.ReturnPolicy or Intents.ReturnRequest => Return(slots, zh, rules),
            Intents.QualityIssue => slots.DaysAgo is { } q ? [Window(rules.QualityClaim(q), zh, "质量问题（签收后15天内，凭照片）", "quality claims (within 15 days of delivery, with photos)")] : [],
            Intents.PriceProtection => slots.DaysAgo is { } p ? [Window(rules.PriceProtection(p), zh, "价保（购买后15天内）", "price protection (15 days after purchase)")] : [],
            Intents.Invoice => slots.DaysAgo is { } i ? [Window(rules.Invoice(i), zh, "申请电子普通发票（确认收货后30天内）", "an e-invoice (within 30 days after you confirm receipt)")] : [],
            Intents.CouponMembership => Coupon(slots, normalText, zh, rules),
            Intents.RefundStatus => Refund(slots, normalText, zh, rules),
            Intents.Payment => Payment(slots, zh, rules),
            _ => [],
        };
        return parts.Count == 0 ? null : string.Join(zh ? "" : " ", parts);
    }

    /// <summary>H1/H2 at a Beijing time: agents working, or when a message left then is answered.</summary>
    public static string ServiceHours(TimeOnly at, ShopLanguage language, PolicyCalculator rules)
    {
        var zh = language == ShopLanguage.Zh;
        var q = rules.Service(at);
        var (time, opens, closes, by) = (Clock(at), Clock(q.Opens), Clock(q.Closes), Clock(q.AnsweredBy));
        if (q.AgentsWorking) return zh ? $"{time}在人工服务时间（{opens}–{closes}）内，可以直接转人工。" : $"At {time} our agents are working ({opens}–{closes}), so you can reach a person straight away.";
        return zh
            ? $"{time}不在人工服务时间（{opens}–{closes}），转人工会变成留言，客服会在{(q.AnsweredToday ? "当天" : "次日")}上午{by}前回复您。"
            : $"At {time} our agents are off ({opens}–{closes}), so a request for a person becomes a message, answered by {by} {(q.AnsweredToday ? "that" : "the next")} morning.";
    }

    private static List<string> Shipping(ShopperSlots slots, string text, bool zh, PolicyCalculator rules, DateTimeOffset now)
    {
        var parts = new List<string>();
        var s = rules.Policy.Shipping;
        var paidAt = slots.ClockTime ?? (slots.SaysNow && DispatchQuestion().IsMatch(text) ? TimeOnly.FromDateTime(now.DateTime) : null);
        if (paidAt is { } at)
        {
            var d = rules.Dispatch(at);
            var time = Clock(at);
            parts.Add(d.SameDay
                ? zh ? $"{time}付款，在{Clock(d.Cutoff)}之前，当天就能发货。" : $"Paid at {time}, before {Clock(d.Cutoff)}: it ships the same day."
                : zh ? $"{time}付款已过{Clock(d.Cutoff)}，会在第二天发货（保证付款后{d.WithinHours}小时内发出）。" : $"Paid at {time}, after {Clock(d.Cutoff)}: it ships the next day (always within {d.WithinHours} hours of payment).");
        }
        if (slots.Place is { } place)
        {
            var q = rules.Ship(place, slots.Amount);
            if (!place.Served)
                parts.Add(zh ? $"抱歉，暂不支持寄往{place.NameZh}：本店只发中国大陆（不含港澳台及海外）。" : $"Sorry, we can't ship to {place.NameEn}: we only deliver within mainland China (not to Hong Kong, Macau, Taiwan or abroad).");
            else
            {
                var remote = place.Province!.Zone == DeliveryZone.Remote;
                var days = $"{q.Days![0]}–{q.Days[1]}";
                var fee = remote
                    ? zh ? $"，运费¥{Rmb(s.RemoteFeeRmb)}（偏远地区，满¥{Rmb(s.FreeFromRmb)}也不包邮）" : $"; shipping there is ¥{Rmb(s.RemoteFeeRmb)} (a remote area: even orders of ¥{Rmb(s.FreeFromRmb)} or more pay it)"
                    : q.FeeRmb is { } f ? (zh ? "，" : "; ") + AmountFee(slots.Amount!.Value, f, q.ShortOfFreeRmb, zh, s) : zh ? $"，满¥{Rmb(s.FreeFromRmb)}包邮，不满收¥{Rmb(s.StandardFeeRmb)}" : $"; shipping is free from ¥{Rmb(s.FreeFromRmb)}, ¥{Rmb(s.StandardFeeRmb)} below that";
                parts.Add(zh ? $"寄往{place.NameZh}：发货后{days}天送达{fee}。" : $"To {place.NameEn}: {days} days after dispatch{fee}.");
            }
        }
        else if (slots.Amount is { } amount)
        {
            var q = rules.Ship(null, amount);
            var fee = AmountFee(amount, q.FeeRmb!.Value, q.ShortOfFreeRmb, zh, s);
            parts.Add(zh
                ? $"{fee}（新疆、西藏、青海、内蒙古运费¥{Rmb(s.RemoteFeeRmb)}）。"
                : $"{char.ToUpperInvariant(fee[0])}{fee[1..]} (Xinjiang, Tibet, Qinghai and Inner Mongolia pay ¥{Rmb(s.RemoteFeeRmb)}).");
        }
        return parts;
    }

    private static string AmountFee(decimal amount, decimal fee, decimal? shortOfFree, bool zh, ShippingRules s) => fee == 0
        ? zh ? $"订单¥{Rmb(amount)}满¥{Rmb(s.FreeFromRmb)}，包邮（免运费）" : $"an order of ¥{Rmb(amount)} ships free (¥{Rmb(s.FreeFromRmb)} or more)"
        : zh ? $"订单¥{Rmb(amount)}不满¥{Rmb(s.FreeFromRmb)}，运费¥{Rmb(fee)}，再凑¥{Rmb(shortOfFree ?? 0)}就包邮" : $"an order of ¥{Rmb(amount)} pays ¥{Rmb(fee)} shipping (under ¥{Rmb(s.FreeFromRmb)}); add ¥{Rmb(shortOfFree ?? 0)} more for free shipping";

    private static List<string> Return(ShopperSlots slots, bool zh, PolicyCalculator rules)
    {
        var parts = new List<string>();
        var q = rules.Return(slots.DaysAgo, slots.ItemKind);
        if (q.Excluded is { } kind)
        {
            var what = kind switch
            {
                ItemKind.Personalised => zh ? "定制/刻字商品" : "Personalised or engraved items",
                ItemKind.OpenedFood => zh ? "已拆封的食品" : "Opened food",
                _ => zh ? "标注“清仓不退换”的清仓商品" : "Clearance items marked 清仓不退换",
            };
            parts.Add(zh ? $"{what}不支持七天无理由退货（质量问题除外）。" : $"{what} can't be returned without a reason (quality problems are still covered).");
        }
        if (q.NoReason is { } window && q.Excluded is null)
        {
            var days = rules.Policy.Returns.NoReasonDays;
            parts.Add(window.Open
                ? zh ? $"签收{window.DaysSince}天，还在{days}天无理由退货期内（从签收当天算起），商品未使用、吊牌和包装完好就可以退。" : $"{window.DaysSince} days after delivery you are still within the {days}-day no-reason return window (counted from delivery), as long as the item is unused with tags and packaging intact."
                : zh ? $"签收已{window.DaysSince}天，超过了{days}天无理由退货期（从签收当天算起）。" : $"{window.DaysSince} days after delivery is past the {days}-day no-reason return window (counted from delivery).");
            if (!window.Open && q.Quality is { } quality)
                parts.Add(Window(quality, zh, "质量问题（签收后15天内，凭照片）", "quality claims (within 15 days of delivery, with photos)"));
        }
        return parts;
    }

    private static string Window(WindowQuote q, bool zh, string whatZh, string whatEn) => q.Open
        ? zh ? $"距今{q.DaysSince}天，还可以申请{whatZh}。" : $"{q.DaysSince} days on, you can still ask for {whatEn}."
        : zh ? $"距今{q.DaysSince}天，已超过{q.WindowDays}天，不能再申请{whatZh}了。" : $"{q.DaysSince} days on is past the {q.WindowDays}-day limit for {whatEn}.";

    private static List<string> Coupon(ShopperSlots slots, string text, bool zh, PolicyCalculator rules)
    {
        if (slots.Amount is not { } amount) return [];
        if (slots.TalksAboutYearlySpend || Membership().IsMatch(text))
        {
            var m = rules.Membership(amount);
            var tier = m.Tier is { } t
                ? zh ? $"近12个月消费¥{Rmb(amount)}，是{TierZh(t.Tier)}：{(100 - t.DiscountPercent) / 10.0:0.#}折（{t.DiscountPercent}% off）{(t.FreeShipping ? "，每单包邮" : "")}。" : $"¥{Rmb(amount)} spent in the last 12 months makes you {TierEn(t.Tier)}: {t.DiscountPercent}% off{(t.FreeShipping ? " and free shipping on every order" : "")}."
                : zh ? $"近12个月消费¥{Rmb(amount)}，目前是普通会员。" : $"¥{Rmb(amount)} spent in the last 12 months is a regular membership for now.";
            var next = m.Next is { } n
                ? zh ? $"再消费¥{Rmb(m.ToNextRmb)}可升级为{TierZh(n.Tier)}（满¥{Rmb(n.FromRmb)}）。" : $" Another ¥{Rmb(m.ToNextRmb)} makes you {TierEn(n.Tier)} (from ¥{Rmb(n.FromRmb)})."
                : "";
            return [tier + next];
        }
        var c = rules.NewCustomerCoupon(amount);
        return [c.Usable
            ? zh ? $"订单¥{Rmb(amount)}，满¥{Rmb(c.MinimumRmb)}，可以用新人券减¥{Rmb(c.OffRmb)}，实付¥{Rmb(c.PayRmb)}。" : $"A ¥{Rmb(amount)} order reaches ¥{Rmb(c.MinimumRmb)}, so the new-customer coupon takes ¥{Rmb(c.OffRmb)} off: you pay ¥{Rmb(c.PayRmb)}."
            : zh ? $"订单¥{Rmb(amount)}还不满¥{Rmb(c.MinimumRmb)}，暂时用不了新人券（满¥{Rmb(c.MinimumRmb)}减¥{Rmb(c.OffRmb)}），再凑¥{Rmb(c.ShortRmb)}就可以用。" : $"A ¥{Rmb(amount)} order is under ¥{Rmb(c.MinimumRmb)}, so the new-customer coupon (¥{Rmb(c.OffRmb)} off orders of ¥{Rmb(c.MinimumRmb)} or more) doesn't apply yet: add ¥{Rmb(c.ShortRmb)} more."];
    }

    private static List<string> Refund(ShopperSlots slots, string text, bool zh, PolicyCalculator rules)
    {
        var parts = new List<string>();
        var r = rules.Policy.Refunds;
        if (BeforeDispatch().IsMatch(text))
            parts.Add(zh ? $"还没发货的订单申请仅退款，{r.BeforeDispatchHours}小时内自动通过。" : $"A refund for an order not yet dispatched is approved automatically within {r.BeforeDispatchHours} hour.");
        if (slots.PaymentMethod is { } method)
        {
            var q = rules.Refund(method);
            parts.Add(method switch
            {
                PaymentMethod.Alipay => zh ? $"支付宝付款的退款原路退回支付宝，退款发出后余额即时到账（退货签收检查后{q.AfterCheckHours}小时内发出退款）。" : $"Paid with Alipay: the refund goes back to Alipay and the balance arrives at once when it is issued (within {q.AfterCheckHours} hours after we receive and check the return).",
                PaymentMethod.BankCard => zh ? $"银行卡付款的退款原路退回银行卡，退款发出后{q.WorkingDays![0]}–{q.WorkingDays[1]}个工作日到账（退货签收检查后{q.AfterCheckHours}小时内发出退款）。" : $"Paid by bank card: the refund goes back to the card and takes {q.WorkingDays![0]}–{q.WorkingDays[1]} working days once issued (within {q.AfterCheckHours} hours after we receive and check the return).",
                _ => zh ? $"花呗付款的退款原路退回花呗（退货签收检查后{q.AfterCheckHours}小时内发出退款）。" : $"Paid with Huabei: the refund goes back to Huabei, the original payment method (issued within {q.AfterCheckHours} hours after we receive and check the return).",
            });
        }
        return parts;
    }

    private static List<string> Payment(ShopperSlots slots, bool zh, PolicyCalculator rules)
    {
        if (slots.PaymentMethod != PaymentMethod.Huabei || slots.Amount is not { } amount) return [];
        var h = rules.Huabei(amount);
        var periods = string.Join("/", h.Periods);
        return [h.ShopPaysFee == true
            ? zh ? $"订单¥{Rmb(amount)}满¥{Rmb(h.ShopPaysFeeFromRmb)}，花呗分{h.ShopPaysFeeForPeriods}期的手续费由本店承担（可选{periods}期）。" : $"A ¥{Rmb(amount)} order is ¥{Rmb(h.ShopPaysFeeFromRmb)} or more, so the shop pays the fee for {h.ShopPaysFeeForPeriods} Huabei instalments ({periods} periods available)."
            : zh ? $"订单¥{Rmb(amount)}不满¥{Rmb(h.ShopPaysFeeFromRmb)}，花呗分期（{periods}期）可以用，但手续费需自付；满¥{Rmb(h.ShopPaysFeeFromRmb)}分{h.ShopPaysFeeForPeriods}期免手续费。" : $"A ¥{Rmb(amount)} order is under ¥{Rmb(h.ShopPaysFeeFromRmb)}: Huabei instalments ({periods} periods) work, but the fee is yours; from ¥{Rmb(h.ShopPaysFeeFromRmb)} the shop pays it for {h.ShopPaysFeeForPeriods} periods."];
    }

    private static string TierZh(string tier) => tier == "gold" ? "金卡会员" : "银卡会员";

    private static string TierEn(string tier) => tier == "gold" ? "a Gold member" : "a Silver member";

    private static string Clock(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Rmb(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"发货|发出|能发|发吗|寄出|ship|dispatch|send", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DispatchQuestion();

    [GeneratedRegex(@"会员|银卡|金卡|等级|member|silver|gold|tier|level", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Membership();

    [GeneratedRegex(@"未发货|没发货|还没发|没有发货|仅退款|not (yet )?(been )?(shipped|dispatched|sent)|before (it )?(ships|dispatch)|hasn'?t shipped", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BeforeDispatch();
}
