using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>The trained recommender as an eval method: its ranking, topped up from recent popularity if short.</summary>
public sealed class ModelRanking(ShopperRanker ranker) : IRankingMethod
{
    public string Name => "model";

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly)
    {
        var shopper = ranker.Signals.History.Shopper(customerId);
        var result = new List<int>(k);
        if (shopper is not null)
        {
            foreach (var ranked in ranker.Rank(shopper, newOnly))
            {
                if (result.Count >= k) break;
                result.Add(ranked.Candidate.Item);
            }
        }
        if (result.Count < k)
            result.AddRange(PopularityBaseline.TakeSkipping(ranker.Signals.RecentPopular, newOnly ? shopper?.Items : null, k - result.Count, result));
        return result;
    }
}
