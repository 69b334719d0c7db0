using System.Globalization;
using System.Text.RegularExpressions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Domain.Texts;
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
        var l = language;
        var parts = intent switch
        {
            Intents.ShippingPolicy => Shipping(slots, normalText, l, rules, beijingNow),
            Intents.ReturnPolicy or Intents.ReturnRequest or Intents.CancelOrder => [.. BeforeDispatchRefund(slots, normalText, l, rules), .. intent == Intents.CancelOrder ? [] : Return(slots, normalText, l, rules)],
            Intents.QualityIssue => slots.DaysAgo is { } q ? [Window(rules.QualityClaim(q), l, "qualityClaim")] : [],
            Intents.PriceProtection => slots.DaysAgo is { } p ? [Window(rules.PriceProtection(p), l, "priceProtection")] : [],
            Intents.Invoice => slots.DaysAgo is { } i ? [Window(rules.Invoice(i), l, "invoice")] : [],
            Intents.CouponMembership => Coupon(slots, normalText, l, rules),
            Intents.RefundStatus => Refund(slots, l, rules),
            Intents.Payment => Payment(slots, normalText, l, rules),
            _ => [],
        };
        return parts.Count == 0 ? null : string.Join(l == ShopLanguage.Zh ? "" : " ", parts);
    }

    /// <summary>H1/H2 at a Beijing time: agents working, or when a message left then is answered.</summary>
    public static string ServiceHours(TimeOnly at, ShopLanguage language, PolicyCalculator rules)
    {
        var q = rules.Service(at);
        var key = q.AgentsWorking ? "open" : q.AnsweredToday ? "closedToday" : "closedTomorrow";
        return Say(language, "computed.serviceHours." + key, ("time", Clock(at)), ("opens", Clock(q.Opens)), ("closes", Clock(q.Closes)), ("by", Clock(q.AnsweredBy)));
    }

    private static List<string> Shipping(ShopperSlots slots, string text, ShopLanguage l, PolicyCalculator rules, DateTimeOffset now)
    {
        var parts = new List<string>();
        var s = rules.Policy.Shipping;
        var paidAt = slots.ClockTime ?? (slots.SaysNow && DispatchQuestion().IsMatch(text) ? TimeOnly.FromDateTime(now.DateTime) : null);
        if (paidAt is { } at)
        {
            var d = rules.Dispatch(at);
            parts.Add(Say(l, d.SameDay ? "computed.dispatch.sameDay" : "computed.dispatch.nextDay",
                ("time", Clock(at)), ("cutoff", Clock(d.Cutoff)), ("withinHours", d.WithinHours)));
        }
        // C3: a Gold member's parcels ship free whatever the amount ("我是金卡，这单才50要运费吗"). A remote place is left to
        // the script: the handbook does not say whether Gold waives the remote-area fee.
        if (slots.Place is null && StatedTier().Match(text) is { Success: true } tier && Gold().IsMatch(tier.Value))
        {
            parts.Add(Say(l, "computed.ship.gold"));
            return parts;
        }
        var freeFrom = ("freeFrom", Price.Amount(s.FreeFromRmb));
        var remoteFee = ("remoteFee", Price.Amount(s.RemoteFeeRmb));
        if (slots.Place is { } place)
        {
            var q = rules.Ship(place, slots.Amount);
            var name = ("place", l == ShopLanguage.Zh ? place.NameZh : place.NameEn);
            if (!place.Served) parts.Add(Say(l, "computed.ship.notServed", name));
            else
            {
                var fee = place.Province!.Zone == DeliveryZone.Remote ? Say(l, "computed.ship.remoteFee", remoteFee, freeFrom)
                    : q.FeeRmb is { } f ? Say(l, "computed.ship.amountFee", ("fee", AmountFee(slots.Amount!.Value, f, q.ShortOfFreeRmb, l, s)))
                    : Say(l, "computed.ship.feeRule", freeFrom, ("standardFee", Price.Amount(s.StandardFeeRmb)));
                parts.Add(Say(l, "computed.ship.place", name, ("days", $"{q.Days![0]}–{q.Days[1]}"), ("fee", fee)));
            }
        }
        else if (slots.Amount is { } amount)
        {
            var q = rules.Ship(null, amount);
            var fee = AmountFee(amount, q.FeeRmb!.Value, q.ShortOfFreeRmb, l, s);
            parts.Add(Say(l, "computed.ship.amountOnly", ("fee", char.ToUpperInvariant(fee[0]) + fee[1..]), remoteFee));
        }
        return parts;
    }

    private static string AmountFee(decimal amount, decimal fee, decimal? shortOfFree, ShopLanguage l, ShippingRules s) =>
        Say(l, fee == 0 ? "computed.fee.free" : "computed.fee.paid", ("amount", Price.Amount(amount)), ("freeFrom", Price.Amount(s.FreeFromRmb)),
            ("fee", Price.Amount(fee)), ("short", Price.Amount(shortOfFree ?? 0)));

    private static List<string> Return(ShopperSlots slots, string text, ShopLanguage l, PolicyCalculator rules)
    {
        var parts = new List<string>();
        var q = rules.Return(slots.DaysAgo, slots.ItemKind);
        if (q.Excluded is { } kind)
            parts.Add(Say(l, "computed.return.excluded." + kind switch
            {
                ItemKind.Personalised => "personalised",
                ItemKind.OpenedFood => "openedFood",
                _ => "clearance",
            }));
        // R1 needs the item unused with its tags and packaging: "I've used it once", "what if I cut the tags off?".
        if (q.Excluded is null && UsedOrUnwrapped(text)) parts.Add(Say(l, "computed.return.used"));
        else if (q.NoReason is { } window && q.Excluded is null)
        {
            parts.Add(Say(l, window.Open ? "computed.return.open" : "computed.return.closed",
                ("days", window.DaysSince), ("window", rules.Policy.Returns.NoReasonDays)));
            if (!window.Open && q.Quality is { } quality) parts.Add(Window(quality, l, "qualityClaim"));
        }
        return parts;
    }

    /// <summary>A claim window applied to the days since purchase or delivery: still open, or past its limit.</summary>
    private static string Window(WindowQuote q, ShopLanguage l, string what) =>
        Say(l, q.Open ? "computed.window.open" : "computed.window.closed",
            ("days", q.DaysSince), ("window", q.WindowDays), ("what", Say(l, "computed.window." + what, ("window", q.WindowDays))));

    private static List<string> Coupon(ShopperSlots slots, string text, ShopLanguage l, PolicyCalculator rules)
    {
        if (slots.Amount is not { } amount) return [];
        var spent = ("amount", Price.Amount(amount));
        // "I'm silver, what does a ¥400 order cost me?": the tier named is the shopper's, the amount an order.
        if (!slots.TalksAboutYearlySpend && StatedTier().Match(text) is { Success: true } stated
            && rules.MemberPrice(Gold().IsMatch(stated.Value) ? "gold" : "silver", amount) is { } price)
            return [Say(l, "computed.member.price", ("tier", Tier(price.Tier.Tier, l)), ("percent", price.Tier.DiscountPercent),
                ("discountZh", $"{(100 - price.Tier.DiscountPercent) / 10.0:0.#}"), ("amount", Price.Amount(amount)), ("pay", Price.Amount(price.PayRmb)), ("saved", Price.Amount(amount - price.PayRmb)),
                ("freeShipping", price.Tier.FreeShipping ? Say(l, "computed.member.freeShipping") : ""))];
        if (slots.TalksAboutYearlySpend || Membership().IsMatch(text))
        {
            var m = rules.Membership(amount);
            var tier = m.Tier is { } t
                ? Say(l, "computed.member.tier", spent, ("tier", Tier(t.Tier, l)), ("discountZh", $"{(100 - t.DiscountPercent) / 10.0:0.#}"),
                    ("percent", t.DiscountPercent), ("freeShipping", t.FreeShipping ? Say(l, "computed.member.freeShipping") : ""))
                : Say(l, "computed.member.regular", spent);
            var next = m.Next is { } n
                ? Say(l, "computed.member.next", ("more", Price.Amount(m.ToNextRmb)), ("tier", Tier(n.Tier, l)), ("from", Price.Amount(n.FromRmb)))
                : "";
            return [tier + next];
        }
        var c = rules.NewCustomerCoupon(amount);
        return [Say(l, c.Usable ? "computed.coupon.usable" : "computed.coupon.short", spent, ("minimum", Price.Amount(c.MinimumRmb)),
            ("off", Price.Amount(c.OffRmb)), ("pay", Price.Amount(c.PayRmb)), ("short", Price.Amount(c.ShortRmb)))];
    }

    /// <summary>"not shipped yet, I want my money back": R6's refund before dispatch, whatever else the message mentions.</summary>
    public static bool AsksRefundBeforeDispatch(ShopperSlots slots, string text) => slots.NotDispatched && RefundWords().IsMatch(text);

    /// <summary>R6 for "not shipped yet, I want my money back", however the model read it (a return, a cancellation).</summary>
    private static List<string> BeforeDispatchRefund(ShopperSlots slots, string text, ShopLanguage l, PolicyCalculator rules) =>
        AsksRefundBeforeDispatch(slots, text) ? [RefundBeforeDispatch(l, rules)] : [];

    private static string RefundBeforeDispatch(ShopLanguage l, PolicyCalculator rules) =>
        Say(l, "computed.refund.beforeDispatch", ("hours", rules.Policy.Refunds.BeforeDispatchHours));

    private static List<string> Refund(ShopperSlots slots, ShopLanguage l, PolicyCalculator rules)
    {
        var parts = new List<string>();
        if (slots.NotDispatched) parts.Add(RefundBeforeDispatch(l, rules));
        if (slots.PaymentMethod is { } method)
        {
            var q = rules.Refund(method);
            var hours = ("hours", q.AfterCheckHours);
            parts.Add(method switch
            {
                PaymentMethod.Alipay => Say(l, "computed.refund.alipay", hours),
                PaymentMethod.BankCard => Say(l, "computed.refund.bankCard", hours, ("days", $"{q.WorkingDays![0]}–{q.WorkingDays[1]}")),
                _ => Say(l, "computed.refund.huabei", hours),
            });
        }
        return parts;
    }

    private static List<string> Payment(ShopperSlots slots, string text, ShopLanguage l, PolicyCalculator rules)
    {
        if (slots.PaymentMethod != PaymentMethod.Huabei || slots.Amount is not { } amount) return [];
        var h = rules.Huabei(amount);
        // "6期" / "12 instalments": P2's free fee is for 3 periods only, whatever the amount.
        var asked = Periods().Match(text) is { Success: true } m ? PeriodCount(m.Groups["n"].Value) : (int?)null;
        var key = asked is { } n && n != h.ShopPaysFeeForPeriods ? "computed.huabei.longerPeriods"
            : h.ShopPaysFee == true ? "computed.huabei.shopPays" : "computed.huabei.shopperPays";
        return [Say(l, key, ("amount", Price.Amount(amount)), ("asked", asked),
            ("from", Price.Amount(h.ShopPaysFeeFromRmb)), ("freePeriods", h.ShopPaysFeeForPeriods), ("periods", string.Join("/", h.Periods)))];
    }

    private static string Say(ShopLanguage l, string key, params (string, object?)[] values) => ShopTexts.Default.Say(key, l, values);

    /// <summary>"我是金卡", "as a gold member": the shopper's own tier.</summary>
    public static bool StatesTier(string text) => StatedTier().IsMatch(text);

    private static string Tier(string tier, ShopLanguage l) => Say(l, tier == "gold" ? "computed.member.gold" : "computed.member.silver");

    private static string Clock(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"发货|发出|能发|发吗|寄出|ship|dispatch|send", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DispatchQuestion();

    [GeneratedRegex(@"会员|银卡|金卡|等级|member|silver|gold|tier|level", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Membership();

    [GeneratedRegex(@"退款|退钱|仅退款|\b(refund(ed)?|money back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex RefundWords();

    [GeneratedRegex(@"我是(你们的?)?(银卡|金卡)|(银卡|金卡)会员(的话)?|作为(银卡|金卡)|\bi'?m (a )?(silver|gold)\b|\bi am (a )?(silver|gold)\b|\bas a (silver|gold)\b|\b(silver|gold) member\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex StatedTier();

    private static int PeriodCount(string n) => n switch { "三" or "three" => 3, "六" or "six" => 6, "十二" or "twelve" => 12, _ => int.Parse(n, CultureInfo.InvariantCulture) };

    [GeneratedRegex(@"(?<n>12|3|6|十二|三|六)\s*期|分(?<n>12|3|6|十二|三|六)\s*个月|\b(?<n>12|3|6|three|six|twelve)[- ]?(instal?l?ments?|periods?|months?|monthly payments?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Periods();

    [GeneratedRegex(@"金卡|gold", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Gold();

    /// <summary>The item's state as a return depends on it: used, opened, worn, its tags cut or its packaging gone.</summary>
    [GeneratedRegex(@"用过|使用过|点过|点燃过|烧过|戴过|泡过|试用过|拆(了|开|封)|吊牌.{0,4}(剪|拆|撕|扔|没了)|包装.{0,4}(拆|扔|丢|没了)|洗过|穿过|\b(used|opened|worn|washed|unwrapped|lit (it|them|the \w+)|burned (it|them|the \w+)|burnt (it|them|the \w+)|tags? (are |is )?(off|removed|cut)|(cut|took|taken|ripped) (the |off the )?tags?|without (the )?(box|packaging|tags?)|threw (away|out) the (box|packaging))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    internal static partial Regex ItemState();

    private static bool UsedOrUnwrapped(string text) => ItemState().IsMatch(text) && !Unused().IsMatch(text);

    [GeneratedRegex(@"没用过|没有用过|未使用|没拆|未拆|没穿过|\b(unused|not used|never used|haven'?t used|haven'?t opened|not opened|unopened|still sealed|still in (the|its) (box|packaging)|tags? (still )?on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Unused();
}
