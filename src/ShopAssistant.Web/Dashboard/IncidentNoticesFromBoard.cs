using ShopAssistant.Bot;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Dashboard;

/// <summary>The managers' incident board as the bot reads it (handbook E1).</summary>
public sealed class IncidentNoticesFromBoard(IIncidentBoard board) : IIncidentNotices
{
    public async Task<IReadOnlyList<IncidentNotice>> ForAsync(string intent, string language, CancellationToken ct) =>
        (await board.ActiveAsync(ct)).Where(i => i.AppliesTo(intent)).Select(i => new IncidentNotice(i.Id, i.Text(language))).ToList();
}
