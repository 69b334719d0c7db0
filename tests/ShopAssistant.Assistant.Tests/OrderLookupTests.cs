using ShopAssistant.Assistant.Orders;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Assistant.Tests;

/// <summary>Handbook O3: orders only for their own shopper, by login or by order number + phone last 4.</summary>
public sealed class OrderLookupTests
{
    private static readonly DemoShopData Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);
    private static readonly OrderLookup Lookup = new(Shop);
    private const int Order = 536367;                       // customer 13047
    private static readonly string RightDigits = Shop.FindCustomer(13047)!.PhoneLast4;
    private static readonly string WrongDigits = RightDigits == "0000" ? "1111" : "0000";

    [Fact]
    public void A_signed_in_shopper_sees_their_own_order_and_nobody_elses()
    {
        Assert.Equal(OrderAccessOutcome.Granted, Lookup.Access("13047", Order, null, new ConversationMemory()).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, Lookup.Access("17850", Order, RightDigits, new ConversationMemory()).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, Lookup.Access("17850", 999_999, null, new ConversationMemory()).Outcome);
    }

    [Fact]
    public void A_guest_needs_the_phone_digits_and_is_then_remembered_for_the_conversation()
    {
        var memory = new ConversationMemory();
        Assert.Equal(OrderAccessOutcome.NeedsPhoneLast4, Lookup.Access("guest", Order, null, memory).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, Lookup.Access("guest", Order, WrongDigits, memory).Outcome);
        var granted = Lookup.Access("guest", Order, RightDigits, memory);
        Assert.Equal(OrderAccessOutcome.Granted, granted.Outcome);
        Assert.Equal(Order, granted.Order!.OrderNo);
        Assert.Equal(OrderAccessOutcome.Granted, Lookup.Access("guest", Order, null, memory).Outcome);
    }

    [Fact]
    public void A_missing_order_is_refused_just_like_a_wrong_pair_and_reveals_nothing()
    {
        var missing = Lookup.Access("guest", 999_999, "1234", new ConversationMemory());
        var wrong = Lookup.Access("guest", Order, WrongDigits, new ConversationMemory());
        Assert.Equal(missing, wrong);
        Assert.Null(wrong.Order);
    }

    [Fact]
    public void Guessing_is_stopped_after_three_failed_verifications_even_with_the_right_digits()
    {
        var memory = new ConversationMemory();
        for (var i = 0; i < OrderLookup.MaxFailedVerifications; i++) Lookup.Access("guest", Order, WrongDigits, memory);

        Assert.Equal(OrderAccessOutcome.Locked, Lookup.Access("guest", Order, RightDigits, memory).Outcome);
    }
}
