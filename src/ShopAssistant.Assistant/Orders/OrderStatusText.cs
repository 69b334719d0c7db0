using System.Globalization;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Orders;
using ShopAssistant.Domain.Policies;
using ShopAssistant.Domain.Texts;

namespace ShopAssistant.Assistant.Orders;

/// <summary>How an order's status reads to its shopper, in their language, with only what the order page shows (S7).</summary>
public static class OrderStatusText
{
    public static string Describe(Order order, Shipment shipment, ShopLanguage language)
    {
        var l = language;
        var zh = l == ShopLanguage.Zh;
        var head = Say(l, "order.head", ("orderNo", order.OrderNo), ("paidAt", Day(shipment.PaidAt, zh)), ("items", order.Items), ("total", Price.Format(order.TotalRmb)));
        var carrier = ("carrier", Say(l, shipment.Carrier == Carrier.SfExpress ? "carrier.sf" : "carrier.zto"));
        var waybill = ("waybill", shipment.VisibleWaybill);
        return head + shipment.Status switch
        {
            ShipmentStatus.AwaitingDispatch => Say(l, "order.awaitingDispatch", ("dispatchBy", Day(shipment.DispatchBy, zh)),
                ("withinHours", ShopPolicy.Default.Shipping.DispatchWithinHours)),
            ShipmentStatus.InTransit => Say(l, "order.inTransit", carrier, waybill, ("expected", Day(shipment.ExpectedDelivery, zh))),
            ShipmentStatus.Stalled => Say(l, "order.stalled", carrier, waybill, ("since", Day(shipment.LastMovementAt!.Value, zh))),
            _ => Say(l, "order.delivered", carrier, waybill, ("deliveredAt", Day(shipment.DeliveredAt!.Value, zh))),
        };
    }

    private static string Say(ShopLanguage l, string key, params (string, object?)[] values) => ShopTexts.Default.Say(key, l, values);

    private static string Day(DateTimeOffset at, bool zh) =>
        zh ? at.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture) : at.ToString("d MMM HH:mm", CultureInfo.InvariantCulture);
}
