using System.Text.RegularExpressions;
using ShopAssistant.Understanding.Slots;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Intents;

/// <summary>
/// An order can be cancelled only before it ships (O1): "周一收到的，今天周日了，不想要了能退不" read as cancel_order asks
/// about returning what has arrived. The model's runner-up stays as it was; only the reading of a delivered parcel moves.
/// </summary>
internal static partial class ReceivedIsNoCancel
{
    /// <summary>Whether the message says the parcel has arrived, so that "不想要了" can no longer mean cancelling it.</summary>
    public static bool Applies(string normalText, ShopperSlots slots)
    {
        if (slots.NotDispatched) return false;
        try
        {
            return Arrived().IsMatch(normalText) && !NotArrived().IsMatch(normalText);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static IntentPrediction Apply(IntentPrediction prediction) =>
        prediction.Intent == IntentLabels.CancelOrder ? prediction with { Intent = IntentLabels.ReturnPolicy } : prediction;

    /// <summary>The rule words too: 不想要了 is a cancel cue only before the parcel arrives.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> topics) =>
        topics.Contains(IntentLabels.CancelOrder)
            ? topics.Select(t => t == IntentLabels.CancelOrder ? IntentLabels.ReturnPolicy : t).Distinct().ToList()
            : topics;

    [GeneratedRegex(@"签收|收到(了|的|货)|到货|已经到了|到手|拿到(了|货)|(?<![a-z])(received|arrived|came|delivered|got it|got the)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Arrived();

    [GeneratedRegex(@"(没|未|还没|没有)(签收|收到|到货|到)|(?<![a-z])(not|never|hasn't|has not|haven't|have not|didn't|did not|yet to)\s+(be(en)?\s+)?(received|arrived|come|came|delivered|shipped)(?![a-z])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NotArrived();
}
