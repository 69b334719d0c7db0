using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge;

/// <summary>Finds the service scripts that answer a shopper's question. One contract, two stores (embedded, Qdrant).</summary>
public interface IKnowledgeIndex
{
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken ct = default);
}

/// <summary>
/// A question to the knowledge base. <paramref name="Language"/> picks the language of the returned scripts
/// (null: the language the question is mostly written in); matching itself works across languages.
/// <paramref name="Intent"/> keeps only scripts of that intent label. Staff notes are returned only to <see cref="KnowledgeAudience.Staff"/>.
/// </summary>
public sealed record KnowledgeQuery(
    string Text,
    ShopLanguage? Language = null,
    string? Intent = null,
    int Top = 3,
    KnowledgeAudience Audience = KnowledgeAudience.Shopper);

/// <summary>Who reads the answer: shoppers never see the internal notes written for staff.</summary>
public enum KnowledgeAudience { Shopper, Staff }

/// <summary>
/// One retrieved script with its citation: script id (the topic id, shared by its zh and en versions), title and the
/// handbook facts it states. <see cref="Score"/> orders one result list (BM25, or fused rank when dense vectors or Qdrant
/// are in use); it is not comparable across stores or questions.
/// </summary>
public sealed record KnowledgeHit(
    string ScriptId,
    string Title,
    string Intent,
    ShopLanguage Language,
    IReadOnlyList<string> FactIds,
    string Answer,
    double Score,
    string? HandoffReason = null);
