using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Scripts;

/// <summary>
/// One service script (话术): a topic answered in one language. The zh and en scripts of a topic share <see cref="Id"/>.
/// </summary>
public sealed record ServiceScript(
    string Id,
    string Intent,
    ShopLanguage Language,
    string Title,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> FactIds,
    string Answer,
    bool ForStaff,
    string SourcePath,
    string? HandoffReason = null)
{
    /// <summary>Unique per script, as the topic id alone is shared by both languages.</summary>
    public string Key => $"{Language.Code()}/{Id}";
}
