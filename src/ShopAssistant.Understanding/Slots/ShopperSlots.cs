using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Understanding.Slots;

/// <summary>
/// The situation a message describes, which a rule can be applied to: where to, how much, when paid, how long ago,
/// how paid, what kind of item, whether the order has not shipped yet. Amount is the message's RMB amount, or else a bare number ("订单80包邮吗"). All optional; a follow-up that only adds one of these updates the last answer.
/// </summary>
public sealed record ShopperSlots(
    Destination? Place = null,
    TimeOnly? ClockTime = null,
    bool SaysNow = false,
    int? DaysAgo = null,
    PaymentMethod? PaymentMethod = null,
    ItemKind? ItemKind = null,
    decimal? Amount = null,
    bool TalksAboutYearlySpend = false,
    bool NotDispatched = false)
{
    public static readonly ShopperSlots None = new();

    public bool IsEmpty => this == None;

    /// <summary>This message's slots over the remembered ones: what the shopper says now wins.</summary>
    public ShopperSlots Over(ShopperSlots? earlier) => earlier is null ? this : new ShopperSlots(
        Place ?? earlier.Place, ClockTime ?? earlier.ClockTime, SaysNow || (ClockTime is null && earlier.SaysNow), DaysAgo ?? earlier.DaysAgo,
        PaymentMethod ?? earlier.PaymentMethod, ItemKind ?? earlier.ItemKind, Amount ?? earlier.Amount,
        TalksAboutYearlySpend || earlier.TalksAboutYearlySpend, NotDispatched || earlier.NotDispatched);
}
