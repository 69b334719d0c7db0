namespace ShopAssistant.Domain.Orders;

public enum ShipmentStatus { AwaitingDispatch, InTransit, Stalled, Delivered }

public enum Carrier { SfExpress, Zto }

/// <summary>Where an order is, as the order page would show it (handbook §2).</summary>
public sealed record Shipment(
    ShipmentStatus Status,
    Carrier Carrier,
    string Waybill,
    DateTimeOffset PaidAt,
    DateTimeOffset DispatchBy,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset ExpectedDelivery,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? LastMovementAt,
    decimal ShippingFeeRmb)
{
    /// <summary>The waybill is shown only once the parcel has left the warehouse (S7).</summary>
    public string? VisibleWaybill => DispatchedAt is null ? null : Waybill;
}
