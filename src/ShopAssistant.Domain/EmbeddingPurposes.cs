namespace ShopAssistant.Domain;

/// <summary>
/// Why a text is embedded, passed in the embedding call's additional properties: building the knowledge index embeds
/// every script at once and may take its time; a shopper's question is embedded inside their turn and must not.
/// The knowledge layer sets it and the model layer reads it; neither knows the other.
/// </summary>
public static class EmbeddingPurposes
{
    public const string Key = "shop.embedding.purpose";

    /// <summary>Every script of the knowledge base, while the index is built (at start or by `ingest`).</summary>
    public const string Index = "index";
}
