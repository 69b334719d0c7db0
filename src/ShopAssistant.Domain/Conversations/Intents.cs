namespace ShopAssistant.Domain.Conversations;

/// <summary>The closed set of intent labels, used in reply metadata, metrics and evaluation.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Goodbye = "goodbye";
    public const string Thanks = "thanks";
    public const string OrderStatus = "order_status";
    public const string CancelOrder = "cancel_order";
    public const string ChangeAddress = "change_address";
    public const string ShippingPolicy = "shipping_policy";
    public const string ReturnPolicy = "return_policy";
    public const string ReturnRequest = "return_request";
    public const string RefundStatus = "refund_status";
    public const string QualityIssue = "quality_issue";
    public const string Invoice = "invoice";
    public const string Payment = "payment";
    public const string CouponMembership = "coupon_membership";
    public const string PriceProtection = "price_protection";
    public const string ProductQuestion = "product_question";
    public const string Recommendation = "recommendation";
    public const string HumanAgent = "human_agent";
    public const string Complaint = "complaint";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        Greeting, Goodbye, Thanks, OrderStatus, CancelOrder, ChangeAddress, ShippingPolicy, ReturnPolicy,
        ReturnRequest, RefundStatus, QualityIssue, Invoice, Payment, CouponMembership, PriceProtection,
        ProductQuestion, Recommendation, HumanAgent, Complaint, Other,
    ];

    public static bool IsKnown(string label) => All.Contains(label);
}
