using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Orders;

/// <summary>
/// Handbook O3: the bot shows an order only to the shopper it belongs to, identified by a verified sign-in (the
/// customer id the bot layer took from a signed shopper token, never the channel's user id) or by order number plus
/// the last 4 digits of the phone on the order.
/// </summary>
public sealed class OrderLookup(DemoShopData shop, IVerificationGuard guard)
{
    /// <summary>Wrong pairs one conversation may try; the guard bounds the attempts across conversations.</summary>
    public const int MaxFailedVerifications = 3;

    /// <summary>The shelves and prices a shopper's request can name.</summary>
    public Domain.Catalogue.Catalogue Catalogue => shop.Catalogue;

    public Customer? KnownShopper(int? customerId) => customerId is { } id ? shop.FindCustomer(id) : null;

    public IReadOnlyList<Order> RecentOrdersOf(Customer customer, int count) => shop.OrdersOf(customer.Id).Take(count).ToList();

    public Shipment Track(Order order) => shop.Track(order);

    public OrderAccess Access(ShopperTurn turn, int orderNo, string? phoneLast4, ConversationMemory memory)
    {
        var order = shop.FindOrder(orderNo);
        if (KnownShopper(turn.CustomerId) is { } known)
            return order is not null && order.CustomerId == known.Id ? new(OrderAccessOutcome.Granted, order) : new(OrderAccessOutcome.Refused);

        if (order is not null && memory.VerifiedOrders.Contains(orderNo)) return new(OrderAccessOutcome.Granted, order);
        if (memory.FailedVerifications >= MaxFailedVerifications) return new(OrderAccessOutcome.Locked);
        // Checked before the digits: while locked even the right digits open nothing, so a guesser learns nothing.
        if (guard.IsLocked(orderNo, turn)) return new(OrderAccessOutcome.OrderLocked);
        if (phoneLast4 is null) return new(OrderAccessOutcome.NeedsPhoneLast4);

        if (order is not null && shop.FindCustomer(order.CustomerId)?.PhoneLast4 == phoneLast4)
        {
            memory.VerifiedOrders.Add(orderNo);
            return new(OrderAccessOutcome.Granted, order);
        }
        memory.FailedVerifications++;
        return guard.Failed(orderNo, turn) ? new(OrderAccessOutcome.OrderLocked) : new(OrderAccessOutcome.Refused);
    }
}
