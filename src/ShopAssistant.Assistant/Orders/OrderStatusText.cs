using System.Globalization;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Orders;

/// <summary>How an order's status reads to its shopper, in their language, with only what the order page shows (S7).</summary>
public static class OrderStatusText
{
    public static string Describe(Order order, Shipment shipment, ShopLanguage language)
    {
        var zh = language == ShopLanguage.Zh;
        var head = zh
            ? $"订单 {order.OrderNo}（{Day(shipment.PaidAt, zh)} 付款，{order.Items} 件，{Price.Format(order.TotalRmb)}）："
            : $"Order {order.OrderNo} (paid {Day(shipment.PaidAt, zh)}, {order.Items} items, {Price.Format(order.TotalRmb)}): ";
        var carrier = shipment.Carrier == Carrier.SfExpress ? (zh ? "顺丰" : "SF Express") : (zh ? "中通" : "ZTO");
        return head + shipment.Status switch
        {
            ShipmentStatus.AwaitingDispatch => zh
                ? $"待发货，将于 {Day(shipment.DispatchBy, zh)} 前发出（付款后48小时内发货）。"
                : $"awaiting dispatch; it will leave our Hangzhou warehouse by {Day(shipment.DispatchBy, zh)} (within 48 hours of payment).",
            ShipmentStatus.InTransit => zh
                ? $"运输中，{carrier}运单号 {shipment.VisibleWaybill}，预计 {Day(shipment.ExpectedDelivery, zh)} 送达。"
                : $"in transit with {carrier}, waybill {shipment.VisibleWaybill}, expected {Day(shipment.ExpectedDelivery, zh)}.",
            ShipmentStatus.Stalled => zh
                ? $"物流停滞：{carrier}运单 {shipment.VisibleWaybill} 自 {Day(shipment.LastMovementAt!.Value, zh)} 起没有更新，需要客服向快递公司发起查询。"
                : $"stalled: {carrier} waybill {shipment.VisibleWaybill} has not moved since {Day(shipment.LastMovementAt!.Value, zh)}; an agent needs to open an inquiry with the carrier.",
            _ => zh
                ? $"已于 {Day(shipment.DeliveredAt!.Value, zh)} 签收（{carrier} {shipment.VisibleWaybill}）。"
                : $"delivered on {Day(shipment.DeliveredAt!.Value, zh)} ({carrier} {shipment.VisibleWaybill}).",
        };
    }

    private static string Day(DateTimeOffset at, bool zh) =>
        zh ? at.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture) : at.ToString("d MMM HH:mm", CultureInfo.InvariantCulture);
}
