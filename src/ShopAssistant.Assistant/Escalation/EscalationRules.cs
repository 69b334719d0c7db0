using System.Text.RegularExpressions;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Escalation;

/// <summary>
/// Handbook H3: when a conversation goes to a person, and why. Run in code before any answer is written (both
/// policies), in priority order: safety and legal first (H3.5, front of the queue), then anger or complaint threats,
/// the H3.4 cases, an explicit request, and finally two failed answers in a row (H3.3).
/// A stalled parcel found in the order data is decided by the order lookup (S8), not here.
/// </summary>
internal static partial class EscalationRules
{
    /// <summary>R8: claims above this amount are decided by a person.</summary>
    public const decimal ClaimLimitRmb = 200m;

    /// <summary>H3.2: from this negativity on, with at least one angry word (two of them, or one with shouting or "useless"), the shopper is angry.</summary>
    public const double AngryFrom = 0.5;

    /// <summary>H3.3: this many unhelpful answers in a row hand over.</summary>
    public const int FailuresBeforeHandoff = 2;

    /// <summary>The reason to hand over, or null to let the bot answer.</summary>
    public static string? Decide(string text, MessageUnderstanding understanding, int consecutiveFailures)
    {
        var mood = understanding.Mood;
        if (mood.Safety) return HandoffReasons.Safety;
        if (mood.Legal) return HandoffReasons.Legal;
        if (mood.Abusive || mood.ThreatensComplaint || (mood.Negativity >= AngryFrom && mood.AngryWords > 0)) return HandoffReasons.AngryOrComplaint;
        if (IsCompensationClaim(text, understanding)) return HandoffReasons.Compensation;
        if (ReportsDamage(text, understanding)) return HandoffReasons.DamagedGoods;
        if ((StalledWords().IsMatch(text) || mood.ReportsStalledParcel) && !AsksHypothetically().IsMatch(text)) return HandoffReasons.StalledParcel;
        if (SpecialInvoice().IsMatch(text)) return HandoffReasons.SpecialInvoice;
        if ((AsksForPerson().IsMatch(text) || mood.AsksForHuman) && !AsksAboutServiceHours().IsMatch(text)) return HandoffReasons.ShopperRequest;
        if (consecutiveFailures >= FailuresBeforeHandoff) return HandoffReasons.BotFailedTwice;
        return null;
    }

    /// <summary>
    /// What a handed-over message is about (contract 3), from the reason it was handed over: an angry shopper is a complaint
    /// whatever order they mention, a damage report a quality issue, a stalled parcel a question about their order.
    /// </summary>
    public static string IntentOf(string reason, string modelIntent) => reason switch
    {
        HandoffReasons.ShopperRequest => Intents.HumanAgent,
        HandoffReasons.AngryOrComplaint or HandoffReasons.Legal => Intents.Complaint,
        HandoffReasons.DamagedGoods => Intents.QualityIssue,
        HandoffReasons.StalledParcel => Intents.OrderStatus,
        HandoffReasons.SpecialInvoice => Intents.Invoice,
        HandoffReasons.Compensation or HandoffReasons.Safety when modelIntent is not (Intents.Complaint or Intents.QualityIssue or Intents.RefundStatus) => Intents.Complaint,
        _ => modelIntent,
    };

    /// <summary>Compensation beyond a refund always, and any refund or claim above ¥200 (R8).</summary>
    private static bool IsCompensationClaim(string text, MessageUnderstanding understanding)
    {
        if (CompensationWords().IsMatch(text) || understanding.Mood.ClaimsCompensation) return true;
        return ClaimWords().IsMatch(text) && understanding.Entities.AmountsRmb.Any(a => a > ClaimLimitRmb);
    }

    /// <summary>R4: a shopper reporting a damaged, broken, wrong or incomplete item; a question about the policy is answered instead.</summary>
    private static bool ReportsDamage(string text, MessageUnderstanding understanding)
    {
        if (AsksHypothetically().IsMatch(text)) return false;
        return DamageWords().IsMatch(text) || (understanding.Intent == Intents.QualityIssue && understanding.Confidence >= 0.6 && Received().IsMatch(text));
    }

    [GeneratedRegex(@"赔偿|补偿|赔钱|赔我|索赔|精神损失|compensat|reimburse me|damages for|make it up to me|pay me back for", RegexOptions.IgnoreCase)]
    private static partial Regex CompensationWords();

    [GeneratedRegex(@"退款|退钱|退我|给我退|退给我|赔|理赔|refund|money back|claim|pay me|owe me", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimWords();

    [GeneratedRegex(@"破损|摔坏|压坏|坏了|碎了|裂了|裂开|断了|发错|错发|少发|漏发|少了.{0,4}(件|个|配件)|缺(少)?配件|有瑕疵|不能用了?|用不了" +
        @"|\b(arrived|came|is|was|are|were|got)\s+(damaged|broken|cracked|smashed|shattered|dented|faulty|defective)\b|\bwrong item\b|\bmissing (parts?|pieces?|items?)\b|\bdoesn'?t work\b|\bbroken\b|\bcracked\b|\bsmashed\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DamageWords();

    /// <summary>"人工客服几点上班" asks about H1's hours, not for a person now.</summary>
    [GeneratedRegex(@"几点|上班|下班|时间|晚上有|周末有|节假日有|\bhours\b|what time|when (are|is|do)|at night", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutServiceHours();

    [GeneratedRegex(@"收到|到货|拆开|打开|签收|arrived|received|came|opened|unpacked|got", RegexOptions.IgnoreCase)]
    private static partial Regex Received();

    [GeneratedRegex(@"如果|万一|假如|的话.{0,6}(怎么办|能不能|可以吗)|政策|规定|\bwhat if\b|\bif (an?|the|my) (item|parcel|order)\b|\bpolicy\b|\bin case\b|\bwhat happens if\b|\bwhat do i do if\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksHypothetically();

    [GeneratedRegex(@"物流停滞|物流(一直)?不动|物流.{0,6}没(有)?(更新|动)|好几天没(更新|动静)|(3|三)天(都)?没(有)?(更新|动)|快递卡住|卡在.{0,6}不动|丢件" +
        @"|\b(tracking|parcel|package|order)\b.{0,30}\b(hasn'?t|has not|not) (moved|updated|changed)\b|\bstuck in transit\b|\b(parcel|package) (is|seems) stuck\b|\bno tracking (update|movement)s?\b|\bstalled\b|\blost (parcel|package)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex StalledWords();

    [GeneratedRegex(@"专票|专用发票|增值税专|special (vat )?invoice|vat special invoice", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialInvoice();

    // The mood lexicon covers the rest ("human", "agent"…) with its exceptions ("are you human").
    [GeneratedRegex(@"转人工|人工客服|找人工|\b(real person|live agent|human agent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForPerson();
}
