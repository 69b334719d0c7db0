using ShopAssistant.Domain.Customers;

namespace ShopAssistant.Domain.Policies;

/// <summary>Where a shopper wants a parcel sent: a mainland province, or a place the shop does not ship to (S5).</summary>
public sealed record Destination(string NameZh, string NameEn, Province? Province)
{
    public bool Served => Province is not null;

    public string Name(ShopLanguage language) => language == ShopLanguage.Zh ? NameZh : NameEn;
}

public enum PaymentMethod { Alipay, Huabei, BankCard }

/// <summary>Items that R2 excludes from no-reason returns.</summary>
public enum ItemKind { Personalised, OpenedFood, Clearance }

public sealed record ShippingQuote(Destination? Destination, decimal? OrderRmb, decimal? FeeRmb, int[]? Days, decimal? ShortOfFreeRmb);

public sealed record DispatchQuote(TimeOnly PaidAt, bool SameDay, TimeOnly Cutoff, int WithinHours);

public sealed record WindowQuote(int DaysSince, int WindowDays)
{
    public bool Open => DaysSince <= WindowDays;
    public int DaysLeft => Math.Max(0, WindowDays - DaysSince);
}

public sealed record ReturnQuote(WindowQuote? NoReason, ItemKind? Excluded, WindowQuote? Quality);

public sealed record CouponQuote(decimal BasketRmb, bool Usable, decimal OffRmb, decimal MinimumRmb)
{
    public decimal ShortRmb => Usable ? 0 : MinimumRmb - BasketRmb;
    public decimal PayRmb => Usable ? BasketRmb - OffRmb : BasketRmb;
}

public sealed record MembershipQuote(decimal SpendRmb, MembershipTier? Tier, MembershipTier? Next)
{
    public decimal ToNextRmb => Next is null ? 0 : Next.FromRmb - SpendRmb;
}

public sealed record MemberPriceQuote(MembershipTier Tier, decimal OrderRmb, decimal PayRmb);

public sealed record RefundQuote(PaymentMethod Method, int AfterCheckHours, int[]? WorkingDays);

public sealed record HuabeiQuote(decimal? OrderRmb, int[] Periods, int ShopPaysFeeForPeriods, decimal ShopPaysFeeFromRmb)
{
    public bool? ShopPaysFee => OrderRmb is { } amount ? amount >= ShopPaysFeeFromRmb : null;
}

public sealed record ServiceQuote(TimeOnly At, bool AgentsWorking, TimeOnly Opens, TimeOnly Closes, TimeOnly AnsweredBy, bool AnsweredToday);

/// <summary>
/// Applies the handbook's rules (ShopPolicy) to one shopper's situation: a place, an amount, a payment time, days since
/// delivery, an item kind, a payment method, a yearly spend. Pure: the same question always gets the same answer.
/// </summary>
public sealed class PolicyCalculator(ShopPolicy policy)
{
    public ShopPolicy Policy => policy;

    /// <summary>S3/S4/C3: the fee for an order (to a place, when named) and the transit days there.</summary>
    public ShippingQuote Ship(Destination? destination, decimal? orderRmb, bool goldMember = false)
    {
        var s = policy.Shipping;
        if (destination is { Served: false }) return new ShippingQuote(destination, orderRmb, null, null, null);
        var zone = destination?.Province?.Zone;
        int[]? days = zone is { } z ? s.DeliveryDays[z] : null;
        decimal? fee = null, shortOfFree = null;
        if (zone == DeliveryZone.Remote) fee = s.RemoteFeeRmb;
        else if (goldMember) fee = 0;
        else if (orderRmb is { } amount)
        {
            fee = amount >= s.FreeFromRmb ? 0 : s.StandardFeeRmb;
            if (fee > 0) shortOfFree = s.FreeFromRmb - amount;
        }
        return new ShippingQuote(destination, orderRmb, fee, days, shortOfFree);
    }

    /// <summary>S1: paid before the cut-off ships the same day, later the next day; never later than the promise.</summary>
    public DispatchQuote Dispatch(TimeOnly paidAt) =>
        new(paidAt, paidAt < policy.Shipping.SameDayCutoff, policy.Shipping.SameDayCutoff, policy.Shipping.DispatchWithinHours);

    /// <summary>R1/R2/R4: no-reason return by days since delivery and item kind, and the quality-claim window beside it.</summary>
    public ReturnQuote Return(int? daysSinceDelivery, ItemKind? kind) => new(
        daysSinceDelivery is { } d ? new WindowQuote(d, policy.Returns.NoReasonDays) : null,
        kind,
        daysSinceDelivery is { } q ? new WindowQuote(q, policy.Returns.QualityClaimDays) : null);

    public WindowQuote QualityClaim(int daysSinceDelivery) => new(daysSinceDelivery, policy.Returns.QualityClaimDays);

    public WindowQuote PriceProtection(int daysSincePurchase) => new(daysSincePurchase, policy.PriceProtectionDays);

    public WindowQuote Invoice(int daysSinceReceipt) => new(daysSinceReceipt, policy.InvoiceWithinDays);

    /// <summary>C1: the new-customer coupon needs a basket of at least its minimum.</summary>
    public CouponQuote NewCustomerCoupon(decimal basketRmb)
    {
        var c = policy.NewCustomerCoupon;
        return new CouponQuote(basketRmb, basketRmb >= c.MinimumRmb, c.OffRmb, c.MinimumRmb);
    }

    /// <summary>C3: the tier a 12-month spend earns, and the next one up.</summary>
    public MembershipQuote Membership(decimal spendRmb) => new(spendRmb,
        policy.Membership.LastOrDefault(t => spendRmb >= t.FromRmb),
        policy.Membership.FirstOrDefault(t => spendRmb < t.FromRmb));

    /// <summary>C3: what an order costs a member of the tier they name ("I'm silver, ¥400 order"), or null for a tier the shop has not.</summary>
    public MemberPriceQuote? MemberPrice(string tier, decimal orderRmb) =>
        policy.Membership.FirstOrDefault(t => t.Tier == tier) is { } m
            ? new MemberPriceQuote(m, orderRmb, Math.Round(orderRmb * (100 - m.DiscountPercent) / 100m, 1, MidpointRounding.AwayFromZero))
            : null;

    /// <summary>R5: refunds go back the way the shopper paid; bank cards take working days, Alipay is at once.</summary>
    public RefundQuote Refund(PaymentMethod method) =>
        new(method, policy.Refunds.AfterCheckHours, method == PaymentMethod.BankCard ? policy.Refunds.BankCardWorkingDays : null);

    /// <summary>P2: instalment periods, and whether the shop pays the 3-period fee for this order.</summary>
    public HuabeiQuote Huabei(decimal? orderRmb) =>
        new(orderRmb, policy.Huabei.Periods, policy.Huabei.ShopPaysFeeForPeriods, policy.Huabei.ShopPaysFeeFromRmb);

    /// <summary>H1/H2: whether agents are working at a Beijing time, and when a message left then is answered.</summary>
    public ServiceQuote Service(TimeOnly at)
    {
        var h = policy.ServiceHours;
        var working = at >= h.Opens && at < h.Closes;
        return new ServiceQuote(at, working, h.Opens, h.Closes, h.LeftMessagesAnsweredBy, AnsweredToday: at < h.Opens);
    }
}
