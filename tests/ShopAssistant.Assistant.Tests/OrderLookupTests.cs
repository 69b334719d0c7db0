using ShopAssistant.Assistant.Orders;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Assistant.Tests;

/// <summary>Handbook O3: orders only for their own shopper, by a verified sign-in or by order number + phone last 4.</summary>
public sealed class OrderLookupTests
{
    private static readonly DemoShopData Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);
    private readonly OrderLookup _lookup = new(Shop, new InMemoryVerificationGuard(TimeProvider.System));
    private const int Order = 536367;                       // customer 13047
    private static readonly string RightDigits = Shop.FindCustomer(13047)!.PhoneLast4;
    private static readonly string WrongDigits = RightDigits == "0000" ? "1111" : "0000";

    private static ShopperTurn Guest(string shopper = "guest", string conversation = "c") => new(conversation, shopper, "");
    private static ShopperTurn SignedIn(int customer) => new("c", "channel-user", "", CustomerId: customer);

    [Fact]
    public void A_signed_in_shopper_sees_their_own_order_and_nobody_elses()
    {
        Assert.Equal(OrderAccessOutcome.Granted, _lookup.Access(SignedIn(13047), Order, null, new ConversationMemory()).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, _lookup.Access(SignedIn(17850), Order, RightDigits, new ConversationMemory()).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, _lookup.Access(SignedIn(17850), 999_999, null, new ConversationMemory()).Outcome);
    }

    [Fact]
    public void A_channel_user_id_that_looks_like_a_customer_id_is_still_a_guest()
    {
        // Before: OrderLookup parsed the channel's user id, so from.id = "13047" was customer 13047.
        var access = _lookup.Access(Guest("13047"), Order, null, new ConversationMemory());

        Assert.Equal(OrderAccessOutcome.NeedsPhoneLast4, access.Outcome);
        Assert.Null(access.Order);
        Assert.Null(_lookup.KnownShopper(null));
    }

    [Fact]
    public void A_guest_needs_the_phone_digits_and_is_then_remembered_for_the_conversation()
    {
        var memory = new ConversationMemory();
        Assert.Equal(OrderAccessOutcome.NeedsPhoneLast4, _lookup.Access(Guest(), Order, null, memory).Outcome);
        Assert.Equal(OrderAccessOutcome.Refused, _lookup.Access(Guest(), Order, WrongDigits, memory).Outcome);
        var granted = _lookup.Access(Guest(), Order, RightDigits, memory);
        Assert.Equal(OrderAccessOutcome.Granted, granted.Outcome);
        Assert.Equal(Order, granted.Order!.OrderNo);
        Assert.Equal(OrderAccessOutcome.Granted, _lookup.Access(Guest(), Order, null, memory).Outcome);
    }

    [Fact]
    public void A_missing_order_is_refused_just_like_a_wrong_pair_and_reveals_nothing()
    {
        var missing = _lookup.Access(Guest(), 999_999, "1234", new ConversationMemory());
        var wrong = _lookup.Access(Guest(), Order, WrongDigits, new ConversationMemory());
        Assert.Equal(missing, wrong);
        Assert.Null(wrong.Order);
    }

    [Fact]
    public void Guessing_is_stopped_after_three_failed_verifications_even_with_the_right_digits()
    {
        var memory = new ConversationMemory();
        for (var i = 0; i < OrderLookup.MaxFailedVerifications; i++) _lookup.Access(Guest(), Order, WrongDigits, memory);

        Assert.Equal(OrderAccessOutcome.Locked, _lookup.Access(Guest(), Order, RightDigits, memory).Outcome);
    }

    [Fact]
    public void New_conversations_do_not_reset_the_count_an_order_locks_after_five_failures_even_with_the_right_digits()
    {
        // Before: the count lived in the conversation, so a fresh conversation id (a fresh memory) started again at zero.
        var outcomes = Enumerable.Range(0, InMemoryVerificationGuard.DefaultMaxFailures)
            .Select(i => _lookup.Access(Guest($"guesser-{i}", $"c{i}"), Order, WrongDigits, new ConversationMemory()).Outcome).ToList();

        Assert.Equal(OrderAccessOutcome.OrderLocked, outcomes[^1]);
        Assert.Equal(OrderAccessOutcome.OrderLocked, _lookup.Access(Guest("someone-else", "fresh"), Order, RightDigits, new ConversationMemory()).Outcome);
        // The order's owner, signed in, still sees it.
        Assert.Equal(OrderAccessOutcome.Granted, _lookup.Access(SignedIn(13047), Order, null, new ConversationMemory()).Outcome);
    }

    [Fact]
    public void One_client_guessing_across_many_orders_is_locked_too()
    {
        var outcomes = Enumerable.Range(0, InMemoryVerificationGuard.DefaultMaxFailures)
            .Select(i => _lookup.Access(Guest("roamer", $"r{i}"), 999_000 + i, "1234", new ConversationMemory()).Outcome).ToList();

        Assert.Equal(OrderAccessOutcome.OrderLocked, outcomes[^1]);
        Assert.Equal(OrderAccessOutcome.OrderLocked, _lookup.Access(Guest("roamer", "r-next"), Order, RightDigits, new ConversationMemory()).Outcome);
    }
}
