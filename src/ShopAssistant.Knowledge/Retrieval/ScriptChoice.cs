using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Analysis;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>The filters every store applies the same way: reply language, intent label, and who may read the script.</summary>
internal static class ScriptChoice
{
    public static ShopLanguage ReplyLanguage(KnowledgeQuery query) =>
        query.Language ?? ShopAnalyzer.DetectLanguage(query.Text ?? "");

    public static bool Allows(KnowledgeQuery query, ServiceScript script, ShopLanguage language) =>
        script.Language == language
        && (string.IsNullOrEmpty(query.Intent) || script.Intent == query.Intent)
        && (!script.ForStaff || query.Audience == KnowledgeAudience.Staff);

    public static int Top(KnowledgeQuery query) => Math.Clamp(query.Top, 0, 50);

    public static KnowledgeHit Hit(ServiceScript script, double score) =>
        new(script.Id, script.Title, script.Intent, script.Language, script.FactIds, script.Answer, score, script.HandoffReason);
}
