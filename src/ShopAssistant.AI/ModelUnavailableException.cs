namespace ShopAssistant.AI;

/// <summary>
/// An embeddings call the gate refused or that failed. The embedding interface has no "no answer" value, so the
/// outcome travels as this exception; the knowledge layer catches it and ranks by words alone.
/// </summary>
public sealed class ModelUnavailableException(ModelOutcome outcome, Exception? inner = null)
    : Exception($"The embeddings model did not answer ({outcome}){(inner is null ? "" : ": " + inner.Message)}", inner)
{
    public ModelOutcome Outcome { get; } = outcome;
}
