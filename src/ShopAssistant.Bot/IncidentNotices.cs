namespace ShopAssistant.Bot;

/// <summary>A declared incident's notice, in the shopper's language (handbook E1).</summary>
public sealed record IncidentNotice(long IncidentId, string Text);

/// <summary>The incidents a manager has declared that bear on an answer of this intent, now.</summary>
public interface IIncidentNotices
{
    Task<IReadOnlyList<IncidentNotice>> ForAsync(string intent, string language, CancellationToken ct);
}

/// <summary>For hosts without an incident board: nothing is ever declared.</summary>
public sealed class NoIncidentNotices : IIncidentNotices
{
    public Task<IReadOnlyList<IncidentNotice>> ForAsync(string intent, string language, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<IncidentNotice>>([]);
}
