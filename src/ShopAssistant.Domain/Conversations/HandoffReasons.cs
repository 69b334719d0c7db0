namespace ShopAssistant.Domain.Conversations;

/// <summary>Why a conversation goes to a person (handbook H3); a closed set, counted by the metrics.</summary>
public static class HandoffReasons
{
    public const string ShopperRequest = "shopper_request";     // H3.1
    public const string AngryOrComplaint = "angry_or_complaint"; // H3.2
    public const string BotFailedTwice = "bot_failed_twice";     // H3.3
    public const string Compensation = "compensation_claim";     // H3.4, R8
    public const string DamagedGoods = "damaged_goods";          // H3.4, R4
    public const string StalledParcel = "stalled_parcel";        // H3.4, S8
    public const string SpecialInvoice = "special_invoice";      // H3.4, I2
    public const string Safety = "safety";                       // H3.5
    public const string Legal = "legal";                         // H3.5

    public static readonly IReadOnlyList<string> All =
        [ShopperRequest, AngryOrComplaint, BotFailedTwice, Compensation, DamagedGoods, StalledParcel, SpecialInvoice, Safety, Legal];

    /// <summary>H3.5 (and E3): a safety or legal report, which goes to the front of the queue and alerts managers at once.</summary>
    public static bool IsSafetyOrLegal(string? reason) => reason is Safety or Legal;

    public static int PriorityOf(string reason) => IsSafetyOrLegal(reason) ? 0 : 1;
}
