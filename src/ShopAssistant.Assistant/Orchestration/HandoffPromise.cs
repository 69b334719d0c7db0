using System.Text.RegularExpressions;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Orchestration;

/// <summary>
/// What the bot says and what it does agree (issue class 7), checked on every reply in code: a reply that says it is
/// passing the shopper to a person comes with a handoff, and a handoff never goes out without saying so.
/// </summary>
internal static partial class HandoffPromise
{
    public static bool Promises(string text) => Promise().IsMatch(text);

    public static AssistantReply Agree(AssistantReply reply, ShopLanguage language)
    {
        var promises = Promises(reply.Text);
        if (reply.Metadata.Handoff && !promises)
        {
            var reason = reply.Metadata.HandoffReason ?? HandoffReasons.ShopperRequest;
            return reply with { Text = ReplyTexts.HandoffAck(language, reason) + (reply.Text.Length > 0 ? "\n" + reply.Text : "") };
        }
        if (!reply.Metadata.Handoff && promises)
        {
            var reason = reply.Metadata.Intent == Intents.Complaint ? HandoffReasons.AngryOrComplaint : HandoffReasons.ShopperRequest;
            return reply with { Metadata = reply.Metadata with { Handoff = true, HandoffReason = reason, Products = [] }, Products = [] };
        }
        return reply;
    }

    [GeneratedRegex(@"为(您|你)(优先)?转接|请人工客服|转接人工|帮您转人工|转给人工|交给人工|请人工客服来|马上请人工|正在转接|\b(i'?m|i am|i'?ll|i will|let me)\s+(now\s+)?(pass|passing|transfer|transferring|hand|handing|connect|connecting|bring|bringing)\b.{0,20}\b(person|human|agent|colleague|team|someone)|\bpassing you (on )?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Promise();
}
