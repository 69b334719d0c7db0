namespace ShopAssistant.Knowledge.Tests;

/// <summary>A fact that needs a live Qdrant server: skipped, visibly, unless QDRANT_URL names one.</summary>
public sealed class QdrantFactAttribute : FactAttribute
{
    public const string Variable = "QDRANT_URL";

    public QdrantFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set: no Qdrant server to test against (the embedded store runs the same suite)";
    }
}
