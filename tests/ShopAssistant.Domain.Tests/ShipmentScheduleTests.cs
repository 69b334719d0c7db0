using Microsoft.Extensions.Time.Testing;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Domain.Tests;

public sealed class ShipmentScheduleTests
{
    private static readonly DateTime LastSourceDay = new(2011, 12, 9);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static (ShipmentSchedule Schedule, FakeTimeProvider Clock) At(int hour, int minute = 0)
    {
        // The shop's "today" is the last day of the source history.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, hour, minute, 0, Beijing).ToUniversalTime());
        return (new ShipmentSchedule(new ShopTimeline(LastSourceDay, clock)), clock);
    }

    private static Order OrderAt(int orderNo, DateTime placed, decimal unitPrice = 50m, int quantity = 2) =>
        new(orderNo, 1, placed, [new PurchaseLine(orderNo, 1, "85123A", quantity, unitPrice, placed)]);

    private static Customer In(DeliveryZone zone) =>
        new(1, "United Kingdom", Province.Mainland.First(p => p.Zone == zone), "13800000000");

    [Fact]
    public void Paid_before_four_pm_ships_the_same_day_after_four_the_next_day()
    {
        var (schedule, clock) = At(23, 59);
        var customer = In(DeliveryZone.Mainland);
        var lateOrders = new List<(Order Order, Shipment Shipment)>();
        for (var n = 0; n < 50; n++)
        {
            var early = schedule.Track(OrderAt(600000 + n, LastSourceDay.AddHours(15).AddMinutes(59)), customer);
            Assert.Equal(early.PaidAt.Date, early.DispatchedAt!.Value.Date);
            Assert.Equal(early.PaidAt.AddHours(48), early.DispatchBy);

            var lateOrder = OrderAt(700000 + n, LastSourceDay.AddHours(16));
            var late = schedule.Track(lateOrder, customer);
            Assert.Equal(ShipmentStatus.AwaitingDispatch, late.Status);
            Assert.Null(late.VisibleWaybill);
            lateOrders.Add((lateOrder, late));
        }

        clock.Advance(TimeSpan.FromDays(1));
        foreach (var (lateOrder, late) in lateOrders)
            Assert.Equal(late.PaidAt.Date.AddDays(1), schedule.Track(lateOrder, customer).DispatchedAt!.Value.Date);
    }

    [Theory]
    [InlineData(DeliveryZone.JiangsuZhejiangShanghai, 1, 2)]
    [InlineData(DeliveryZone.Mainland, 2, 4)]
    [InlineData(DeliveryZone.Remote, 5, 7)]
    public void Transit_days_follow_the_delivery_zone(DeliveryZone zone, int min, int max)
    {
        var (schedule, _) = At(12);
        for (var n = 0; n < 100; n++)
        {
            var shipment = schedule.Track(OrderAt(500000 + n, LastSourceDay.AddDays(-30).AddHours(10)), In(zone));
            var days = (shipment.ExpectedDelivery.Date - shipment.DispatchedAt!.Value.Date).Days;
            Assert.InRange(days, min, max);
        }
    }

    [Fact]
    public void Shipping_is_free_from_99_yuan_ten_below_and_twenty_to_remote_areas()
    {
        var (schedule, _) = At(12);
        var placed = LastSourceDay.AddDays(-30);
        Assert.Equal(0m, schedule.Track(OrderAt(1, placed, 49.5m, 2), In(DeliveryZone.Mainland)).ShippingFeeRmb);
        Assert.Equal(10m, schedule.Track(OrderAt(2, placed, 49.4m, 2), In(DeliveryZone.Mainland)).ShippingFeeRmb);
        Assert.Equal(20m, schedule.Track(OrderAt(3, placed, 500m, 2), In(DeliveryZone.Remote)).ShippingFeeRmb);
    }

    [Fact]
    public void An_order_moves_from_awaiting_dispatch_to_in_transit_to_delivered_as_time_passes()
    {
        var (schedule, clock) = At(9);
        var (sixDaysOn, laterClock) = At(9);
        laterClock.Advance(TimeSpan.FromDays(6));
        var customer = In(DeliveryZone.Mainland);
        var order = Enumerable.Range(0, 200).Select(n => OrderAt(400000 + n, LastSourceDay.AddHours(8)))
            .First(o => schedule.Track(o, In(DeliveryZone.Mainland)) is var s && s.Status == ShipmentStatus.AwaitingDispatch
                        && s.Carrier == Carrier.SfExpress && (s.ExpectedDelivery - s.PaidAt).TotalDays < 5 && !Stalls(o));

        clock.Advance(TimeSpan.FromHours(12));
        var moving = schedule.Track(order, customer);
        Assert.Equal(ShipmentStatus.InTransit, moving.Status);
        Assert.StartsWith("SF", moving.VisibleWaybill);

        clock.Advance(TimeSpan.FromDays(8));
        var done = schedule.Track(order, customer);
        Assert.Equal(ShipmentStatus.Delivered, done.Status);
        Assert.Equal(done.ExpectedDelivery, done.DeliveredAt);

        bool Stalls(Order o) => sixDaysOn.Track(o, customer).Status == ShipmentStatus.Stalled;
    }

    [Fact]
    public void Some_recent_parcels_stall_after_three_days_without_movement()
    {
        var (schedule, clock) = At(12);
        var shipments = Enumerable.Range(0, 2000)
            .Select(n => schedule.Track(OrderAt(300000 + n, LastSourceDay.AddDays(-6).AddHours(10)), In(DeliveryZone.Mainland)))
            .ToList();
        var stalled = shipments.Where(s => s.Status == ShipmentStatus.Stalled).ToList();
        Assert.InRange(stalled.Count, 40, 160); // about one in 25
        Assert.All(stalled, s =>
        {
            Assert.Null(s.DeliveredAt);
            Assert.True(clock.GetUtcNow() - s.LastMovementAt!.Value >= TimeSpan.FromDays(3));
        });
    }
}
