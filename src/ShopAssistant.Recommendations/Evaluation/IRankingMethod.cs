namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>Anything that ranks the training history's products for a shopper: the model and every baseline.</summary>
public interface IRankingMethod
{
    string Name { get; }

    /// <summary>Top <paramref name="k"/> product indices; with <paramref name="newOnly"/>, none the shopper already bought.</summary>
    IReadOnlyList<int> Rank(int customerId, int k, bool newOnly);
}
