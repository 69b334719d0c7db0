using System.ComponentModel;
using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>What the shop's order data says, always through handbook O3 (OrderLookup) for the shopper of this turn.</summary>
internal sealed record OrderAnswer(string Text, OrderAccessOutcome Outcome, Order? Order = null, Shipment? Shipment = null)
{
    /// <summary>A stalled parcel needs a person to open a carrier inquiry (S8).</summary>
    public string? HandoffReason => Shipment?.Status == ShipmentStatus.Stalled ? HandoffReasons.StalledParcel : null;
}

/// <summary>
/// Order status and the order requests a shopper may make. Requests (cancel before dispatch, address change,
/// return) are only recorded for a person or the order page: the bot changes no order (O1, S6, R1).
/// The shopper is always the turn's shopper; no function takes a customer id.
/// </summary>
internal sealed class OrdersPlugin(OrderLookup orders)
{
    public const string Name = "Orders";

    [KernelFunction("get_order_status")]
    [Description("Status of one of the current shopper's orders. Guests must give the last 4 digits of the phone number on the order.")]
    public string GetOrderStatus(Kernel kernel,
        [Description("The 6-digit order number")] int orderNumber,
        [Description("Last 4 digits of the phone on the order, if the shopper gave them")] string? phoneLast4 = null) =>
        Record(TurnKernel.TurnOf(kernel), Status(TurnKernel.TurnOf(kernel), orderNumber, phoneLast4));

    [KernelFunction("list_my_orders")]
    [Description("The signed-in shopper's three most recent orders with their status.")]
    public string ListMyOrders(Kernel kernel)
    {
        var turn = TurnKernel.TurnOf(kernel);
        return Record(turn, Recent(turn));
    }

    [KernelFunction("request_cancellation")]
    [Description("Records the shopper's wish to cancel an order before dispatch, for the team; does not cancel by itself.")]
    public string RequestCancellation(Kernel kernel, [Description("The 6-digit order number")] int orderNumber, string? phoneLast4 = null) =>
        Record(TurnKernel.TurnOf(kernel), Request(TurnKernel.TurnOf(kernel), Intents.CancelOrder, orderNumber, phoneLast4));

    [KernelFunction("request_address_change")]
    [Description("Records the shopper's wish to change the delivery address of an order, for the team; does not change it by itself.")]
    public string RequestAddressChange(Kernel kernel, [Description("The 6-digit order number")] int orderNumber, string? phoneLast4 = null) =>
        Record(TurnKernel.TurnOf(kernel), Request(TurnKernel.TurnOf(kernel), Intents.ChangeAddress, orderNumber, phoneLast4));

    [KernelFunction("request_return")]
    [Description("Records the shopper's wish to return an item of an order, for the team; does not start a refund by itself.")]
    public string RequestReturn(Kernel kernel, [Description("The 6-digit order number")] int orderNumber, string? phoneLast4 = null) =>
        Record(TurnKernel.TurnOf(kernel), Request(TurnKernel.TurnOf(kernel), Intents.ReturnRequest, orderNumber, phoneLast4));

    /// <summary>The order's status if this shopper may see it (O3).</summary>
    public OrderAnswer Status(ServiceTurn turn, int orderNo, string? phoneLast4)
    {
        var access = orders.Access(turn.Turn, orderNo, phoneLast4, turn.Memory);
        turn.Memory.PendingOrderNo = access.Outcome == OrderAccessOutcome.NeedsPhoneLast4 ? orderNo : null;
        var l = turn.Language;
        if (access.Outcome != OrderAccessOutcome.Granted)
        {
            return new OrderAnswer(access.Outcome switch
            {
                OrderAccessOutcome.NeedsPhoneLast4 => ReplyTexts.Say(l, "order.askPhoneLast4", ("orderNo", orderNo)),
                OrderAccessOutcome.Locked => ReplyTexts.Say(l, "order.verificationLocked"),
                OrderAccessOutcome.OrderLocked => ReplyTexts.Say(l, "order.locked"),
                _ => orders.KnownShopper(turn.Turn.CustomerId) is null ? ReplyTexts.Say(l, "order.cannotVerify") : ReplyTexts.Say(l, "order.notYours"),
            }, access.Outcome);
        }
        turn.Memory.LastOrderNo = orderNo;
        var shipment = orders.Track(access.Order!);
        return new OrderAnswer(OrderStatusText.Describe(access.Order!, shipment, l), access.Outcome, access.Order, shipment);
    }

    public OrderAnswer Recent(ServiceTurn turn)
    {
        var l = turn.Language;
        if (orders.KnownShopper(turn.Turn.CustomerId) is not { } customer)
            return new OrderAnswer(ReplyTexts.AskOrderNumber(l), OrderAccessOutcome.NeedsPhoneLast4);
        var recent = orders.RecentOrdersOf(customer, 3);
        if (recent.Count == 0) return new OrderAnswer(ReplyTexts.Say(l, "order.none"), OrderAccessOutcome.Granted);
        var lines = recent.Select(o => "• " + OrderStatusText.Describe(o, orders.Track(o), l));
        return new OrderAnswer(ReplyTexts.Say(l, "order.recent") + "\n" + string.Join("\n", lines), OrderAccessOutcome.Granted, recent[0]);
    }

    /// <summary>Records a request on an order the shopper may see, and says whether it can still happen before dispatch.</summary>
    public OrderAnswer Request(ServiceTurn turn, string intent, int orderNo, string? phoneLast4)
    {
        var status = Status(turn, orderNo, phoneLast4);
        if (status.Outcome != OrderAccessOutcome.Granted) return status;
        var l = turn.Language;
        var dispatched = status.Shipment!.Status != ShipmentStatus.AwaitingDispatch;
        if (dispatched && intent is Intents.CancelOrder or Intents.ChangeAddress)
            return status with { Text = status.Text + "\n" + ReplyTexts.AlreadyDispatched(l) };
        var key = $"{intent}:{orderNo}";
        if (!turn.Memory.RecordedRequests.Contains(key)) turn.Memory.RecordedRequests.Add(key);
        return status with { Text = status.Text + "\n" + ReplyTexts.RequestRecorded(l, intent, orderNo) };
    }

    /// <summary>What a model's tool call learnt goes on the turn: the evidence its answer is checked against, and any handoff it needs.</summary>
    private static string Record(ServiceTurn turn, OrderAnswer answer)
    {
        turn.ToolResults.Add(answer.Text);
        turn.HandoffReason ??= answer.HandoffReason;
        return answer.Text;
    }
}
