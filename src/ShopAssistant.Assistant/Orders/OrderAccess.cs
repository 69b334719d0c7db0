using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Orders;

/// <summary>Locked: this conversation used its attempts; OrderLocked: the order or client failed too often, in any conversation.</summary>
public enum OrderAccessOutcome { Granted, NeedsPhoneLast4, Refused, Locked, OrderLocked }

/// <summary>
/// The answer to "may this shopper see this order?". Refused is the same whether the order does not exist or
/// belongs to someone else, so that a refusal reveals nothing about other shoppers' orders.
/// </summary>
public sealed record OrderAccess(OrderAccessOutcome Outcome, Order? Order = null);
