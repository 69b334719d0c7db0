using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Understanding.Slots;

namespace ShopAssistant.Assistant.Dialogue;

/// <summary>
/// ShopperSlots as plain settable values, because ConversationMemory is stored as JSON by two serialisers
/// (the bot's state and the orchestrator's undo copy): names and numbers only, no domain objects.
/// </summary>
public sealed class RememberedSlots
{
    public string? PlaceZh { get; set; }
    public string? PlaceEn { get; set; }
    public int? ClockMinutes { get; set; }
    public bool SaysNow { get; set; }
    public int? DaysAgo { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public ItemKind? ItemKind { get; set; }
    public decimal? Amount { get; set; }
    public bool YearlySpend { get; set; }
    public bool NotDispatched { get; set; }

    public static RememberedSlots From(ShopperSlots slots) => new()
    {
        PlaceZh = slots.Place?.NameZh,
        PlaceEn = slots.Place?.NameEn,
        ClockMinutes = slots.ClockTime is { } t ? t.Hour * 60 + t.Minute : null,
        SaysNow = slots.SaysNow,
        DaysAgo = slots.DaysAgo,
        PaymentMethod = slots.PaymentMethod,
        ItemKind = slots.ItemKind,
        Amount = slots.Amount,
        YearlySpend = slots.TalksAboutYearlySpend,
        NotDispatched = slots.NotDispatched,
    };

    public ShopperSlots ToSlots() => new(
        PlaceZh is null ? null : new Destination(PlaceZh, PlaceEn ?? PlaceZh, Province.Mainland.FirstOrDefault(p => p.NameZh == PlaceZh)),
        ClockMinutes is { } m ? new TimeOnly(m / 60, m % 60) : null,
        SaysNow, DaysAgo, PaymentMethod, ItemKind, Amount, YearlySpend, NotDispatched);
}
