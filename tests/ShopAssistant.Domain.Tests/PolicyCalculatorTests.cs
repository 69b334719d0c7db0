using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Domain.Tests;

/// <summary>The policy calculator against the handbook, rule by rule, at and around every threshold it names.</summary>
public sealed class PolicyCalculatorTests
{
    private static readonly PolicyCalculator Rules = new(ShopPolicy.Load(DemoShopData.DefaultDirectory));

    private static Destination To(string provinceZh) => new(provinceZh, provinceZh, Province.FromZh(provinceZh));

    [Theory] // S3: free from ¥99, else ¥10.
    [InlineData(0.1, 10)]
    [InlineData(40, 10)]
    [InlineData(98.9, 10)]
    [InlineData(99, 0)]
    [InlineData(99.1, 0)]
    [InlineData(1000, 0)]
    public void Shipping_fee_by_amount(decimal amount, decimal fee)
    {
        var quote = Rules.Ship(null, amount);
        Assert.Equal(fee, quote.FeeRmb);
        Assert.Equal(fee == 0 ? null : 99 - amount, quote.ShortOfFreeRmb);
    }

    [Theory] // S4: transit days by zone; remote areas pay ¥20 even from ¥99.
    [InlineData("浙江", 50, 1, 2, 10)]
    [InlineData("上海", 120, 1, 2, 0)]
    [InlineData("江苏", 99, 1, 2, 0)]
    [InlineData("广东", 80, 2, 4, 10)]
    [InlineData("海南", 200, 2, 4, 0)]
    [InlineData("黑龙江", 10, 2, 4, 10)]
    [InlineData("新疆", 50, 5, 7, 20)]
    [InlineData("西藏", 500, 5, 7, 20)]
    [InlineData("青海", 99, 5, 7, 20)]
    [InlineData("内蒙古", 120, 5, 7, 20)]
    public void Delivery_days_and_fee_by_province(string province, decimal amount, int from, int to, decimal fee)
    {
        var quote = Rules.Ship(To(province), amount);
        Assert.Equal([from, to], quote.Days!);
        Assert.Equal(fee, quote.FeeRmb);
    }

    [Fact] // S5: Hong Kong, Macau, Taiwan and abroad are not served at all.
    public void Places_outside_the_mainland_get_no_fee_and_no_days()
    {
        var quote = Rules.Ship(new Destination("香港", "Hong Kong", null), 500);
        Assert.Null(quote.FeeRmb);
        Assert.Null(quote.Days);
    }

    [Fact] // C3: Gold members ship free on every order, except that remote areas still pay (S4 says "even on orders ≥ ¥99").
    public void Gold_members_ship_free_on_small_orders()
    {
        Assert.Equal(0, Rules.Ship(To("广东"), 20, goldMember: true).FeeRmb);
        Assert.Equal(20, Rules.Ship(To("新疆"), 20, goldMember: true).FeeRmb);
    }

    [Theory] // S1: before 16:00 the same day, else the next day; promise 48 h.
    [InlineData(0, 0, true)]
    [InlineData(9, 30, true)]
    [InlineData(15, 59, true)]
    [InlineData(16, 0, false)]
    [InlineData(16, 1, false)]
    [InlineData(23, 59, false)]
    public void Same_day_dispatch_by_payment_time(int hour, int minute, bool sameDay)
    {
        var quote = Rules.Dispatch(new TimeOnly(hour, minute));
        Assert.Equal(sameDay, quote.SameDay);
        Assert.Equal(48, quote.WithinHours);
        Assert.Equal(new TimeOnly(16, 0), quote.Cutoff);
    }

    [Theory] // R1 (7 days from delivery) beside R4 (15 days for quality problems).
    [InlineData(0, true, true)]
    [InlineData(7, true, true)]
    [InlineData(8, false, true)]
    [InlineData(15, false, true)]
    [InlineData(16, false, false)]
    [InlineData(60, false, false)]
    public void Return_windows_by_days_since_delivery(int days, bool noReason, bool quality)
    {
        var quote = Rules.Return(days, null);
        Assert.Equal(noReason, quote.NoReason!.Open);
        Assert.Equal(quality, quote.Quality!.Open);
        Assert.Equal(quality, Rules.QualityClaim(days).Open);
        Assert.Null(quote.Excluded);
    }

    [Theory] // R2: these kinds are never returned without a reason, whatever the days.
    [InlineData(ItemKind.Personalised)]
    [InlineData(ItemKind.OpenedFood)]
    [InlineData(ItemKind.Clearance)]
    public void Excluded_items_are_named(ItemKind kind) => Assert.Equal(kind, Rules.Return(1, kind).Excluded);

    [Theory] // P3 15 days, I1 30 days.
    [InlineData(15, true, true)]
    [InlineData(16, false, true)]
    [InlineData(30, false, true)]
    [InlineData(31, false, false)]
    public void Price_protection_and_invoice_windows(int days, bool priceProtection, bool invoice)
    {
        Assert.Equal(priceProtection, Rules.PriceProtection(days).Open);
        Assert.Equal(invoice, Rules.Invoice(days).Open);
        Assert.Equal(Math.Max(0, 30 - days), Rules.Invoice(days).DaysLeft);
    }

    [Theory] // C1: ¥20 off from ¥150.
    [InlineData(130, false, 20, 130)]
    [InlineData(149.9, false, 0.1, 149.9)]
    [InlineData(150, true, 0, 130)]
    [InlineData(300, true, 0, 280)]
    public void New_customer_coupon_by_basket(decimal basket, bool usable, decimal shortBy, decimal pay)
    {
        var quote = Rules.NewCustomerCoupon(basket);
        Assert.Equal(usable, quote.Usable);
        Assert.Equal(shortBy, quote.ShortRmb);
        Assert.Equal(pay, quote.PayRmb);
    }

    [Theory] // C3: Silver from ¥1,000 (5 %), Gold from ¥3,000 (10 % and free shipping).
    [InlineData(0, null, "silver", 1000)]
    [InlineData(999, null, "silver", 1)]
    [InlineData(1000, "silver", "gold", 2000)]
    [InlineData(2999.9, "silver", "gold", 0.1)]
    [InlineData(3000, "gold", null, 0)]
    [InlineData(12000, "gold", null, 0)]
    public void Membership_tier_by_yearly_spend(decimal spend, string? tier, string? next, decimal toNext)
    {
        var quote = Rules.Membership(spend);
        Assert.Equal(tier, quote.Tier?.Tier);
        Assert.Equal(next, quote.Next?.Tier);
        Assert.Equal(toNext, quote.ToNextRmb);
        if (tier == "gold") Assert.True(quote.Tier!.FreeShipping && quote.Tier.DiscountPercent == 10);
        if (tier == "silver") Assert.True(!quote.Tier!.FreeShipping && quote.Tier.DiscountPercent == 5);
    }

    [Fact] // R5: 48 h after the check; Alipay at once, bank cards 1–3 working days; Huabei back to Huabei.
    public void Refund_time_by_payment_method()
    {
        Assert.Null(Rules.Refund(PaymentMethod.Alipay).WorkingDays);
        Assert.Equal([1, 3], Rules.Refund(PaymentMethod.BankCard).WorkingDays!);
        Assert.Null(Rules.Refund(PaymentMethod.Huabei).WorkingDays);
        Assert.All(Enum.GetValues<PaymentMethod>(), m => Assert.Equal(48, Rules.Refund(m).AfterCheckHours));
        Assert.Equal(1, Rules.Policy.Refunds.BeforeDispatchHours);
    }

    [Theory] // P2: 3, 6 or 12 periods; the shop pays the 3-period fee from ¥300.
    [InlineData(299.9, false)]
    [InlineData(300, true)]
    public void Huabei_fee_by_amount(decimal amount, bool shopPays)
    {
        var quote = Rules.Huabei(amount);
        Assert.Equal(shopPays, quote.ShopPaysFee);
        Assert.Equal([3, 6, 12], quote.Periods);
        Assert.Equal(3, quote.ShopPaysFeeForPeriods);
    }

    [Theory] // H1/H2: agents 09:00–23:00; a message left outside is answered by 10:00 (today if before 09:00).
    [InlineData(8, 59, false, true)]
    [InlineData(9, 0, true, false)]
    [InlineData(22, 59, true, false)]
    [InlineData(23, 0, false, false)]
    public void Service_hours(int hour, int minute, bool working, bool answeredToday)
    {
        var quote = Rules.Service(new TimeOnly(hour, minute));
        Assert.Equal(working, quote.AgentsWorking);
        Assert.Equal(answeredToday, quote.AnsweredToday);
        Assert.Equal(new TimeOnly(10, 0), quote.AnsweredBy);
    }

    [Fact] // The claim limit of R8 and the shipping-insurance refund of R3 are data too.
    public void The_other_handbook_numbers_are_loaded()
    {
        Assert.Equal(200, Rules.Policy.ClaimLimitRmb);
        Assert.Equal(12, Rules.Policy.Returns.ShippingInsuranceRefundRmb);
        Assert.Equal(48, Rules.Policy.Shipping.DispatchWithinHours);
    }
}
