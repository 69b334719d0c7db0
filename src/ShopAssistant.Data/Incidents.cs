using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Data;

/// <summary>A declared incident (handbook E1): what to tell shoppers, in both languages, about which topic, until when.</summary>
public sealed record Incident(long Id, string Scope, string TextZh, string TextEn, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string DeclaredBy)
{
    /// <summary>"all", or the intent a shopper's question must have for the notice to apply (e.g. shipping_policy).</summary>
    public bool AppliesTo(string intent) => Scope == IncidentScopes.All || Scope == intent;

    public string Text(string language) => language == "zh" ? TextZh : TextEn;
}

public static class IncidentScopes
{
    public const string All = "all";

    public static bool IsKnown(string scope) => scope == All || Intents.IsKnown(scope);
}

/// <summary>
/// The incidents in force. The assistant reads <see cref="ActiveAsync"/> in-process to tell shoppers and tag their
/// conversations; managers declare and end incidents through the dashboard.
/// </summary>
public interface IIncidentBoard
{
    Task<Incident> DeclareAsync(string scope, string textZh, string textEn, DateTimeOffset endsAt, string manager, CancellationToken ct = default);

    Task<IReadOnlyList<Incident>> ActiveAsync(CancellationToken ct = default);

    /// <summary>Ends an incident now; false when it is unknown or already over.</summary>
    Task<bool> EndAsync(long id, CancellationToken ct = default);
}

