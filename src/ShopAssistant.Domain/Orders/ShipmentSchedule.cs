using System.Globalization;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Domain.Orders;

/// <summary>
/// Derives each order's shipment from its payment time by the handbook's rules, deterministically:
/// S1 (paid before 16:00 ships the same day, else the next day; promise: within 48 h), S2 (SF by default,
/// ZTO for some free-shipping orders), S3/S4 (fee and transit days by zone) and S8 (a few parcels stall).
/// The source history has no shipments; the per-order choices come from a stable hash of the order number.
/// </summary>
public sealed class ShipmentSchedule(ShopTimeline timeline)
{
    private static ShippingRules Rules => ShopPolicy.Default.Shipping;
    private static readonly TimeSpan StalledAfter = TimeSpan.FromDays(3);
    private static readonly TimeSpan CarrierInquiryResolvedAfter = TimeSpan.FromDays(14);

    public Shipment Track(Order order, Customer customer)
    {
        var now = timeline.Now;
        var paid = timeline.ToShopTime(order.PlacedAt);
        var hash = StableHash.Of(order.OrderNo.ToString(CultureInfo.InvariantCulture), "shipment");

        var dispatched = TimeOnly.FromDateTime(paid.DateTime) < Rules.SameDayCutoff
            ? At(paid, 0, 17 + (int)(hash % 3))
            : At(paid, 1, 10 + (int)(hash % 6));
        var days = Rules.DeliveryDays[customer.Province.Zone];
        var transitDays = days[0] + (int)(hash / 7 % (ulong)(days[1] - days[0] + 1));
        var expected = At(dispatched, transitDays, 15);

        var fee = customer.Province.Zone == DeliveryZone.Remote ? Rules.RemoteFeeRmb
            : order.TotalRmb >= Rules.FreeFromRmb ? 0m : Rules.StandardFeeRmb;
        var carrier = order.TotalRmb >= Rules.FreeFromRmb && hash / 11 % 8 == 0 ? Carrier.Zto : Carrier.SfExpress;
        var waybill = carrier == Carrier.SfExpress
            ? "SF" + (1_000_000_000_000UL + hash % 9_000_000_000_000UL)
            : "75" + (100_000_000_000UL + hash % 900_000_000_000UL);

        var status = ShipmentStatus.Delivered;
        DateTimeOffset? lastMovement = expected;
        DateTimeOffset? delivered = expected;
        var stalls = hash / 13 % 25 == 0;
        if (now < dispatched)
        {
            status = ShipmentStatus.AwaitingDispatch;
            lastMovement = delivered = null;
        }
        else if (stalls && now - dispatched < CarrierInquiryResolvedAfter)
        {
            lastMovement = dispatched.AddDays(1) < now ? dispatched.AddDays(1) : dispatched;
            status = now - lastMovement >= StalledAfter ? ShipmentStatus.Stalled : ShipmentStatus.InTransit;
            delivered = null;
        }
        else if (stalls)
        {
            lastMovement = delivered = dispatched + CarrierInquiryResolvedAfter;
        }
        else if (now < expected)
        {
            status = ShipmentStatus.InTransit;
            lastMovement = dispatched;
            delivered = null;
        }

        return new Shipment(status, carrier, waybill, paid, paid.AddHours(48),
            status == ShipmentStatus.AwaitingDispatch ? null : dispatched, expected, delivered, lastMovement, fee);
    }

    private static DateTimeOffset At(DateTimeOffset day, int addDays, int hour) =>
        new(day.Date.AddDays(addDays).AddHours(hour), day.Offset);
}
