using System.Text.Json;
using System.Text.Json.Serialization;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Domain.Policies;

/// <summary>
/// The handbook's rules as data (data/shop-policy.json), so that a shop owner changes a number in one place.
/// Only what the policy calculator applies to a shopper's own situation lives here; the wording stays in the scripts.
/// </summary>
public sealed record ShopPolicy(
    ShippingRules Shipping,
    ReturnRules Returns,
    RefundRules Refunds,
    int PriceProtectionDays,
    int InvoiceWithinDays,
    CouponRule NewCustomerCoupon,
    IReadOnlyList<MembershipTier> Membership,
    HuabeiRules Huabei,
    decimal ClaimLimitRmb,
    ServiceHourRules ServiceHours)
{
    public const string FileName = "shop-policy.json";

    private static readonly Lazy<ShopPolicy> Shipped = new(() => Load(DemoShopData.DefaultDirectory));

    /// <summary>The rules beside the program (data/shop-policy.json), read once: the one place each handbook number lives.</summary>
    public static ShopPolicy Default => Shipped.Value;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ShopPolicy Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var policy = JsonSerializer.Deserialize<ShopPolicy>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return policy.Membership.Count == 0 || policy.Shipping.DeliveryDays.Count < 3
            ? throw new InvalidDataException($"{path} lacks membership tiers or delivery days for every zone.")
            : policy with { Membership = policy.Membership.OrderBy(t => t.FromRmb).ToList() };
    }
}

public sealed record ShippingRules(decimal FreeFromRmb, decimal StandardFeeRmb, decimal RemoteFeeRmb, TimeOnly SameDayCutoff,
    int DispatchWithinHours, IReadOnlyDictionary<DeliveryZone, int[]> DeliveryDays);

public sealed record ReturnRules(int NoReasonDays, int QualityClaimDays, decimal ShippingInsuranceRefundRmb);

public sealed record RefundRules(int AfterCheckHours, int BeforeDispatchHours, int[] BankCardWorkingDays);

public sealed record CouponRule(decimal OffRmb, decimal MinimumRmb);

public sealed record MembershipTier(string Tier, decimal FromRmb, int DiscountPercent, bool FreeShipping);

public sealed record HuabeiRules(int[] Periods, int ShopPaysFeeForPeriods, decimal ShopPaysFeeFromRmb);

public sealed record ServiceHourRules(TimeOnly Opens, TimeOnly Closes, TimeOnly LeftMessagesAnsweredBy);
